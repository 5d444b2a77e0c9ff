package io.meterhub.storage.anomaly;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The thresholds an organization may set, each a nullable column of {@code anomaly_thresholds}
 * (V8). The names are the ones administrators type ({@code spikeFactor=4}) and the stream module's
 * {@code AnomalyThresholds} uses; validity as a whole is that record's business.
 */
public enum ThresholdField {
    SPIKE_FACTOR("spikeFactor", "spike_factor", false),
    SPIKE_SIGMAS("spikeSigmas", "spike_sigmas", false),
    SPIKE_MIN_KWH("spikeMinKwh", "spike_min_kwh", false),
    NEAR_ZERO_KWH("nearZeroKwh", "near_zero_kwh", false),
    ZERO_MIN_EXPECTED_KWH("zeroMinExpectedKwh", "zero_min_expected_kwh", false),
    ZERO_MIN_HOURS("zeroMinHours", "zero_min_hours", true),
    BASELINE_MIN_WEEKS("baselineMinWeeks", "baseline_min_weeks", true),
    BASELINE_WINDOW_WEEKS("baselineWindowWeeks", "baseline_window_weeks", true),
    REVERSE_MIN_KWH("reverseMinKwh", "reverse_min_kwh", false),
    GAP_TOLERANCE_INTERVALS("gapToleranceIntervals", "gap_tolerance_intervals", true),
    VOLTAGE_MIN("voltageMin", "voltage_min", false),
    VOLTAGE_MAX("voltageMax", "voltage_max", false),
    VOLTAGE_MIN_MINUTES("voltageMinMinutes", "voltage_min_minutes", false),
    MAX_CURRENT_AMPS("maxCurrentAmps", "max_current_amps", false),
    PHASES("phases", "phases", true);

    private final String key;
    private final String column;
    private final boolean whole;

    ThresholdField(String key, String column, boolean whole) {
        this.key = key;
        this.column = column;
        this.whole = whole;
    }

    /** The name administrators type and the CLI shows. */
    public String key() {
        return key;
    }

    public String column() {
        return column;
    }

    /** A whole number (hours, weeks, intervals, phases) rather than a decimal. */
    public boolean whole() {
        return whole;
    }

    public static Optional<ThresholdField> byKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(ThresholdField::key).toList();
    }

    /**
     * Parses a value typed for this field; a clear message names the field when it is no number
     * (or no whole number where one is needed).
     */
    public double parse(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            if (whole && (value != Math.rint(value) || Double.isInfinite(value))) {
                throw new IllegalArgumentException(key + " must be a whole number, got \"" + text + "\"");
            }
            if (Double.isNaN(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, got \"" + text + "\"");
        }
    }
}
