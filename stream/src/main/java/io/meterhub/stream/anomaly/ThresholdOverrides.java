package io.meterhub.stream.anomaly;

import io.meterhub.storage.anomaly.ThresholdField;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Between an organization's stored choices ({@link ThresholdField} to value, V8) and
 * {@link AnomalyThresholds}: the defaults with the choices laid over them, validated as a whole by
 * the record's constructor.
 */
public final class ThresholdOverrides {
    private ThresholdOverrides() {
    }

    /**
     * The thresholds {@code base} with {@code values} laid over it.
     *
     * @throws IllegalArgumentException naming every field that is out of range
     */
    public static AnomalyThresholds apply(AnomalyThresholds base, Map<ThresholdField, Double> values) {
        AnomalyThresholds.Builder b = base.toBuilder();
        double voltageMin = base.voltageMin();
        double voltageMax = base.voltageMax();
        for (Map.Entry<ThresholdField, Double> entry : values.entrySet()) {
            double v = entry.getValue();
            switch (entry.getKey()) {
                case SPIKE_FACTOR -> b.spikeFactor(v);
                case SPIKE_SIGMAS -> b.spikeSigmas(v);
                case SPIKE_MIN_KWH -> b.spikeMinKwh(v);
                case NEAR_ZERO_KWH -> b.nearZeroKwh(v);
                case ZERO_MIN_EXPECTED_KWH -> b.zeroMinExpectedKwh(v);
                case ZERO_MIN_HOURS -> b.zeroMinHours(whole(v));
                case BASELINE_MIN_WEEKS -> b.baselineMinWeeks(whole(v));
                case BASELINE_WINDOW_WEEKS -> b.baselineWindowWeeks(whole(v));
                case REVERSE_MIN_KWH -> b.reverseMinKwh(v);
                case GAP_TOLERANCE_INTERVALS -> b.gapToleranceIntervals(whole(v));
                case VOLTAGE_MIN -> voltageMin = v;
                case VOLTAGE_MAX -> voltageMax = v;
                case VOLTAGE_MIN_MINUTES -> b.voltageMinDuration(Double.isFinite(v) ? Duration.ofMillis(Math.round(v * 60_000)) : null);
                case MAX_CURRENT_AMPS -> b.maxCurrentAmps(v);
                case PHASES -> b.phases(whole(v));
            }
        }
        return b.voltageBand(voltageMin, voltageMax).build();
    }

    /** Every field of {@code thresholds} by name: what {@code anomaly-thresholds show} prints. */
    public static Map<ThresholdField, Double> values(AnomalyThresholds t) {
        Map<ThresholdField, Double> values = new EnumMap<>(ThresholdField.class);
        values.put(ThresholdField.SPIKE_FACTOR, t.spikeFactor());
        values.put(ThresholdField.SPIKE_SIGMAS, t.spikeSigmas());
        values.put(ThresholdField.SPIKE_MIN_KWH, t.spikeMinKwh());
        values.put(ThresholdField.NEAR_ZERO_KWH, t.nearZeroKwh());
        values.put(ThresholdField.ZERO_MIN_EXPECTED_KWH, t.zeroMinExpectedKwh());
        values.put(ThresholdField.ZERO_MIN_HOURS, (double) t.zeroMinHours());
        values.put(ThresholdField.BASELINE_MIN_WEEKS, (double) t.baselineMinWeeks());
        values.put(ThresholdField.BASELINE_WINDOW_WEEKS, (double) t.baselineWindowWeeks());
        values.put(ThresholdField.REVERSE_MIN_KWH, t.reverseMinKwh());
        values.put(ThresholdField.GAP_TOLERANCE_INTERVALS, (double) t.gapToleranceIntervals());
        values.put(ThresholdField.VOLTAGE_MIN, t.voltageMin());
        values.put(ThresholdField.VOLTAGE_MAX, t.voltageMax());
        values.put(ThresholdField.VOLTAGE_MIN_MINUTES, t.voltageMinDuration().toMillis() / 60_000.0);
        values.put(ThresholdField.MAX_CURRENT_AMPS, t.maxCurrentAmps());
        values.put(ThresholdField.PHASES, (double) t.phases());
        return values;
    }

    // Out-of-int values become something the record rejects with its own message.
    private static int whole(double value) {
        return value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? -1 : (int) Math.round(value);
    }
}
