package io.meterhub.stream.anomaly;

import io.meterhub.protocols.anomaly.Severity;
import io.meterhub.protocols.anomaly.AnomalyKind;
import io.meterhub.stream.consumption.Hours;

import java.util.function.Consumer;

/**
 * Sustained zero: hour after hour at or below {@code nearZeroKwh} where the meter's baseline expects
 * at least {@code zeroMinExpectedKwh} (a bypass, a stopped meter). Hours whose baseline expects
 * nothing (night, an unlearnt hour) neither count nor break the run; an hour with consumption, or a
 * missing hour, ends it. Reported once {@code zeroMinHours} expecting hours were near zero, from the
 * first of them, and extended while it lasts.
 *
 * <p>Score: the kWh the baseline expected and the meter did not count. Severity: HIGH from 24
 * expecting hours on, MEDIUM before.
 *
 * <p>A Flink POJO: its fields are the detector's keyed state. The tracker's {@code total} is the
 * expected energy, its {@code count} the expecting hours.
 */
public class SustainedZeroDetector {
    public EpisodeTracker episode = new EpisodeTracker();
    public double measuredKwh;

    public SustainedZeroDetector() {
    }

    /** Judges one final hour. True when it counted toward a sustained zero. */
    public boolean onHour(String meterId, String organizationId, long hourStart, double kwh, HourOfWeekBaseline baseline, int slot,
                          AnomalyThresholds t, Consumer<Anomaly> out) {
        boolean nearZero = kwh <= t.nearZeroKwh();
        if (!nearZero) {
            close(meterId, organizationId, t, out);
            return false;
        }
        double expected = baseline.mean(slot);
        boolean expecting = baseline.isEstablished(slot, t.baselineMinWeeks()) && expected >= t.zeroMinExpectedKwh();
        if (!expecting) {
            if (episode.isOpen()) {
                episode.stretch(hourStart);
                measuredKwh += kwh;
            }
            return false;
        }
        if (!episode.isOpen()) {
            measuredKwh = 0;
        }
        episode.observe(hourStart, hourStart, expected);
        measuredKwh += kwh;
        if (episode.count >= t.zeroMinHours()) {
            out.accept(anomaly(meterId, organizationId, null, t));
        }
        return true;
    }

    public void onBreak(String meterId, String organizationId, AnomalyThresholds t, Consumer<Anomaly> out) {
        close(meterId, organizationId, t, out);
    }

    private void close(String meterId, String organizationId, AnomalyThresholds t, Consumer<Anomaly> out) {
        if (episode.isOpen() && episode.reported) {
            out.accept(anomaly(meterId, organizationId, episode.last + Hours.HOUR, t));
        }
        episode.reset();
    }

    private Anomaly anomaly(String meterId, String organizationId, Long end, AnomalyThresholds t) {
        double missing = Math.max(0, episode.total - measuredKwh);
        Evidence evidence = Evidence.of()
                .number("hours", episode.count)
                .number("span_hours", (episode.last + Hours.HOUR - episode.start) / Hours.HOUR)
                .number("expected_kwh", episode.total)
                .number("measured_kwh", measuredKwh)
                .number("missing_kwh", missing)
                .number("near_zero_kwh", t.nearZeroKwh())
                .number("min_expected_kwh", t.zeroMinExpectedKwh())
                .number("min_hours", t.zeroMinHours());
        Severity severity = episode.count >= 24 ? Severity.HIGH : Severity.MEDIUM;
        return episode.anomaly(meterId, organizationId, AnomalyKind.SUSTAINED_ZERO, end, severity, missing, evidence);
    }
}
