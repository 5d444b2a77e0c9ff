package io.meterhub.stream.anomaly;

import io.meterhub.protocols.anomaly.Severity;
import io.meterhub.protocols.anomaly.AnomalyKind;
import io.meterhub.protocols.telemetry.Obis;
import io.meterhub.stream.consumption.RegisterStep;

import java.util.function.Consumer;

/**
 * Reverse energy: the export register ({@code 2.8.0}) grows on a meter without generation of its
 * own (a meter wired backwards, or turned to run back). Fed that register's readings in event-time
 * order. Consecutive intervals with growth of at least {@code reverseMinKwh} are one episode, from
 * the reading before the first growth, ongoing until an interval without growth closes it at the
 * last growing reading. A rollover counts as growth; a reset (the register went down) does not:
 * that is {@link RegisterJumpDetector}'s.
 *
 * <p>Score: the exported kWh. Severity: HIGH from 1 kWh on, MEDIUM below.
 *
 * <p>A Flink POJO: its fields are the detector's keyed state.
 */
public class ReverseEnergyDetector {
    public static final String REGISTER = Obis.ENERGY_EXPORT_TOTAL;

    public long lastTimestamp = EpisodeTracker.NONE;
    public double lastValue;
    public double startValue;
    public EpisodeTracker episode = new EpisodeTracker();

    public ReverseEnergyDetector() {
    }

    public void onExport(String meterId, String organizationId, long timestamp, double value, double registerCapacity,
                         boolean hasGeneration, AnomalyThresholds t, Consumer<Anomaly> out) {
        if (lastTimestamp != EpisodeTracker.NONE && timestamp <= lastTimestamp) {
            return; // a duplicate or an older reading: order is the caller's job
        }
        if (lastTimestamp != EpisodeTracker.NONE) {
            RegisterStep step = RegisterStep.between(lastValue, value, registerCapacity);
            double growth = step.kind() == RegisterStep.Kind.RESET ? 0 : step.energy();
            if (!hasGeneration && growth > 0 && growth >= t.reverseMinKwh()) {
                if (!episode.isOpen()) {
                    startValue = lastValue;
                }
                episode.observe(lastTimestamp, timestamp, growth);
                out.accept(anomaly(meterId, organizationId, null, value));
            } else if (episode.isOpen()) {
                out.accept(anomaly(meterId, organizationId, episode.last, lastValue));
                episode.reset();
            }
        }
        lastTimestamp = timestamp;
        lastValue = value;
    }

    private Anomaly anomaly(String meterId, String organizationId, Long end, double endValue) {
        Evidence evidence = Evidence.of()
                .text("register", REGISTER)
                .number("exported_kwh", episode.total)
                .number("intervals", episode.count)
                .number("largest_interval_kwh", episode.peak)
                .number("register_at_start", startValue)
                .number("register_latest", endValue)
                .text("generation", "none registered");
        Severity severity = episode.total >= 1 ? Severity.HIGH : Severity.MEDIUM;
        return episode.anomaly(meterId, organizationId, AnomalyKind.REVERSE_ENERGY, end, severity, episode.total, evidence);
    }
}
