package io.meterhub.stream.anomaly;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What counts as an anomaly in one organization. {@link #defaults()} suits a household fleet of
 * direct-connected meters on a 230 V network; {@link #builder()} starts from them.
 *
 * @param spikeFactor           an hour is a spike when it is at least this many times the baseline mean...
 * @param spikeSigmas           ...and at least this many baseline deviations above it...
 * @param spikeMinKwh           ...and at least this many kWh above it (small baselines are noisy)
 * @param nearZeroKwh           an hour at or below this counts as no consumption
 * @param zeroMinExpectedKwh    an hour counts toward a sustained zero only when its baseline mean is at least this
 * @param zeroMinHours          this many such hours in a row (hours the baseline expects nothing do not break the run)
 * @param baselineMinWeeks      an hour of the week is judged only after this many weeks of it were learnt
 * @param baselineWindowWeeks   the baseline is a rolling mean and deviation over about this many weeks
 * @param reverseMinKwh         export growth per interval below this is rounding, not reverse energy
 * @param gapToleranceIntervals a data gap is a silence longer than this many of the meter's reporting intervals
 * @param voltageMin            lowest allowed supply voltage, V
 * @param voltageMax            highest allowed supply voltage, V
 * @param voltageMinDuration    voltage outside the band is an anomaly once it lasted this long
 * @param maxCurrentAmps        the meter's maximum current (5(100) A meters: 100); with {@link #phases} and
 *                              {@link #voltageMax} it bounds the energy possible in an interval
 * @param phases                phases the meters are assumed to have (1 or 3); the larger is the safer bound
 */
public record AnomalyThresholds(double spikeFactor, double spikeSigmas, double spikeMinKwh, double nearZeroKwh,
                                double zeroMinExpectedKwh, int zeroMinHours, int baselineMinWeeks, int baselineWindowWeeks,
                                double reverseMinKwh, int gapToleranceIntervals, double voltageMin, double voltageMax,
                                Duration voltageMinDuration, double maxCurrentAmps, int phases) implements Serializable {

    public AnomalyThresholds {
        List<String> problems = new ArrayList<>();
        if (!(spikeFactor > 1)) {
            problems.add("spike factor must be greater than 1 (times the baseline mean), got " + spikeFactor);
        }
        if (!(spikeSigmas >= 0)) {
            problems.add("spike deviations must be 0 or more, got " + spikeSigmas);
        }
        if (!(spikeMinKwh >= 0)) {
            problems.add("spike minimum excess must be 0 kWh or more, got " + spikeMinKwh);
        }
        if (!(nearZeroKwh >= 0)) {
            problems.add("near-zero consumption must be 0 kWh or more, got " + nearZeroKwh);
        }
        if (!(zeroMinExpectedKwh > nearZeroKwh)) {
            problems.add("the consumption a baseline must expect for a zero hour to count (" + zeroMinExpectedKwh
                    + " kWh) must be above what counts as near zero (" + nearZeroKwh + " kWh)");
        }
        if (zeroMinHours < 1) {
            problems.add("a sustained zero needs at least 1 hour, got " + zeroMinHours);
        }
        if (baselineMinWeeks < 1) {
            problems.add("the baseline needs at least 1 week before it judges, got " + baselineMinWeeks);
        }
        if (baselineWindowWeeks < baselineMinWeeks) {
            problems.add("the baseline window (" + baselineWindowWeeks + " weeks) cannot be shorter than the weeks it needs"
                    + " before judging (" + baselineMinWeeks + ")");
        }
        if (!(reverseMinKwh >= 0)) {
            problems.add("reverse energy minimum must be 0 kWh or more, got " + reverseMinKwh);
        }
        if (gapToleranceIntervals < 1) {
            problems.add("a data gap must be at least 1 reporting interval, got " + gapToleranceIntervals);
        }
        if (!(voltageMin > 0) || !(voltageMax > voltageMin)) {
            problems.add("the voltage band must be 0 < minimum < maximum, got " + voltageMin + ".." + voltageMax + " V");
        }
        if (voltageMinDuration == null || voltageMinDuration.isNegative()) {
            problems.add("the minimum duration of a voltage excursion must be zero or positive, got " + voltageMinDuration);
        }
        if (!(maxCurrentAmps > 0)) {
            problems.add("the maximum current must be above 0 A, got " + maxCurrentAmps);
        }
        if (phases != 1 && phases != 3) {
            problems.add("phases must be 1 or 3, got " + phases);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid anomaly thresholds: " + String.join("; ", problems));
        }
    }

    public static AnomalyThresholds defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The middle of the voltage band: 230 V for 207..253. */
    public double nominalVoltage() {
        return (voltageMin + voltageMax) / 2;
    }

    /** The most energy a meter can pass in this many milliseconds: every phase at maximum current and voltage. */
    public double maxEnergyKwh(long millis) {
        return phases * voltageMax * maxCurrentAmps / 1000.0 * millis / 3_600_000.0;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.spikeFactor = spikeFactor;
        b.spikeSigmas = spikeSigmas;
        b.spikeMinKwh = spikeMinKwh;
        b.nearZeroKwh = nearZeroKwh;
        b.zeroMinExpectedKwh = zeroMinExpectedKwh;
        b.zeroMinHours = zeroMinHours;
        b.baselineMinWeeks = baselineMinWeeks;
        b.baselineWindowWeeks = baselineWindowWeeks;
        b.reverseMinKwh = reverseMinKwh;
        b.gapToleranceIntervals = gapToleranceIntervals;
        b.voltageMin = voltageMin;
        b.voltageMax = voltageMax;
        b.voltageMinDuration = voltageMinDuration;
        b.maxCurrentAmps = maxCurrentAmps;
        b.phases = phases;
        return b;
    }

    /** Starts from the defaults; {@link #build()} validates. */
    public static final class Builder {
        private double spikeFactor = 3.0;
        private double spikeSigmas = 4.0;
        private double spikeMinKwh = 0.5;
        private double nearZeroKwh = 0.01;
        private double zeroMinExpectedKwh = 0.2;
        private int zeroMinHours = 6;
        private int baselineMinWeeks = 3;
        private int baselineWindowWeeks = 8;
        private double reverseMinKwh = 0.01;
        private int gapToleranceIntervals = 4;
        private double voltageMin = 207;
        private double voltageMax = 253;
        private Duration voltageMinDuration = Duration.ofMinutes(10);
        private double maxCurrentAmps = 100;
        private int phases = 3;

        private Builder() {
        }

        public Builder spikeFactor(double value) { spikeFactor = value; return this; }
        public Builder spikeSigmas(double value) { spikeSigmas = value; return this; }
        public Builder spikeMinKwh(double value) { spikeMinKwh = value; return this; }
        public Builder nearZeroKwh(double value) { nearZeroKwh = value; return this; }
        public Builder zeroMinExpectedKwh(double value) { zeroMinExpectedKwh = value; return this; }
        public Builder zeroMinHours(int value) { zeroMinHours = value; return this; }
        public Builder baselineMinWeeks(int value) { baselineMinWeeks = value; return this; }
        public Builder baselineWindowWeeks(int value) { baselineWindowWeeks = value; return this; }
        public Builder reverseMinKwh(double value) { reverseMinKwh = value; return this; }
        public Builder gapToleranceIntervals(int value) { gapToleranceIntervals = value; return this; }
        public Builder voltageBand(double min, double max) { voltageMin = min; voltageMax = max; return this; }
        public Builder voltageMinDuration(Duration value) { voltageMinDuration = value; return this; }
        public Builder maxCurrentAmps(double value) { maxCurrentAmps = value; return this; }
        public Builder phases(int value) { phases = value; return this; }

        public AnomalyThresholds build() {
            return new AnomalyThresholds(spikeFactor, spikeSigmas, spikeMinKwh, nearZeroKwh, zeroMinExpectedKwh, zeroMinHours,
                    baselineMinWeeks, baselineWindowWeeks, reverseMinKwh, gapToleranceIntervals, voltageMin, voltageMax,
                    voltageMinDuration, maxCurrentAmps, phases);
        }
    }
}
