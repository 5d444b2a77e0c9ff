package io.meterhub.stream.anomaly;

import io.meterhub.protocols.anomaly.Severity;
import io.meterhub.protocols.anomaly.AnomalyKind;
import io.meterhub.stream.consumption.Hours;

import java.util.function.Consumer;

/**
 * Consumption spike: an hour far above the meter's own baseline for that hour of the week. An hour
 * is a spike when its consumption is at least {@code spikeFactor} times the baseline mean, at least
 * {@code spikeSigmas} deviations and {@code spikeMinKwh} above it, and that hour of the week has
 * been learnt for {@code baselineMinWeeks}. Consecutive spike hours are one episode, ongoing until
 * an hour that is no spike (or a missing hour) closes it at the end of the last spike hour.
 *
 * <p>Score: the peak ratio of consumption to the baseline mean. Severity: HIGH from three times the
 * factor or six hours on, MEDIUM from one and a half times the factor, LOW below.
 *
 * <p>A Flink POJO: its fields are the detector's keyed state.
 */
public class SpikeDetector {
    public EpisodeTracker episode = new EpisodeTracker();
    public long peakHour;
    public double peakKwh;
    public double peakMean;
    public double peakDeviation;
    public int peakWeeks;
    public double excessKwh;
    public double consumedKwh;

    public SpikeDetector() {
    }

    /** Judges one final hour against the baseline as it was before this hour. True when it is a spike. */
    public boolean onHour(String meterId, String organizationId, long hourStart, double kwh, HourOfWeekBaseline baseline, int slot,
                          AnomalyThresholds t, Consumer<Anomaly> out) {
        double mean = baseline.mean(slot);
        double deviation = baseline.deviation(slot);
        double excess = kwh - mean;
        boolean spike = baseline.isEstablished(slot, t.baselineMinWeeks()) && kwh >= mean * t.spikeFactor()
                && excess >= t.spikeSigmas() * deviation && excess >= t.spikeMinKwh() && excess > 0;
        if (!spike) {
            close(meterId, organizationId, t, out);
            return false;
        }
        double ratio = kwh / Math.max(mean, 0.001);
        if (!episode.isOpen() || ratio > episode.peak) {
            peakHour = hourStart;
            peakKwh = kwh;
            peakMean = mean;
            peakDeviation = deviation;
            peakWeeks = baseline.weeks(slot);
        }
        if (!episode.isOpen()) {
            excessKwh = 0;
            consumedKwh = 0;
        }
        episode.observe(hourStart, hourStart, ratio);
        excessKwh += excess;
        consumedKwh += kwh;
        out.accept(anomaly(meterId, organizationId, null, t));
        return true;
    }

    /** Hours are missing before the next one: an open episode ends with its last hour. */
    public void onBreak(String meterId, String organizationId, AnomalyThresholds t, Consumer<Anomaly> out) {
        close(meterId, organizationId, t, out);
    }

    private void close(String meterId, String organizationId, AnomalyThresholds t, Consumer<Anomaly> out) {
        if (episode.isOpen()) {
            out.accept(anomaly(meterId, organizationId, episode.last + Hours.HOUR, t));
            episode.reset();
        }
    }

    private Anomaly anomaly(String meterId, String organizationId, Long end, AnomalyThresholds t) {
        double ratio = episode.peak;
        Severity severity = ratio >= 3 * t.spikeFactor() || episode.count >= 6 ? Severity.HIGH
                : ratio >= 1.5 * t.spikeFactor() ? Severity.MEDIUM : Severity.LOW;
        Evidence evidence = Evidence.of()
                .number("hours", episode.count)
                .number("consumed_kwh", consumedKwh)
                .number("excess_kwh", excessKwh)
                .time("peak_hour", peakHour)
                .number("peak_kwh", peakKwh)
                .number("baseline_mean_kwh", peakMean)
                .number("baseline_deviation_kwh", peakDeviation)
                .number("baseline_weeks", peakWeeks)
                .number("ratio", ratio)
                .number("spike_factor", t.spikeFactor());
        return episode.anomaly(meterId, organizationId, AnomalyKind.CONSUMPTION_SPIKE, end, severity, ratio, evidence);
    }
}
