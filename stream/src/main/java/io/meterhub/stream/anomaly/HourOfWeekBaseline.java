package io.meterhub.stream.anomaly;

/**
 * A meter's normal consumption for each local hour of the week: a rolling mean and deviation of that
 * hour over past weeks. Up to {@code windowWeeks} observations it is the exact mean and (population)
 * deviation; after that each new week weighs {@code 1/windowWeeks} and older ones fade, so the
 * baseline follows a household that changes its habits within a couple of months.
 *
 * <p>A Flink POJO (public fields, no-arg constructor): about 3.4 kB of keyed state per meter.
 */
public class HourOfWeekBaseline {
    public int[] weeks = new int[HourOfWeek.SLOTS];
    public double[] means = new double[HourOfWeek.SLOTS];
    public double[] variances = new double[HourOfWeek.SLOTS];
    /** The latest hour judged and learnt (epoch ms of its start), {@link EpisodeTracker#NONE} before the first. */
    public long lastHour = EpisodeTracker.NONE;

    public HourOfWeekBaseline() {
    }

    public void learn(int slot, double kwh, int windowWeeks) {
        int n = Math.min(weeks[slot] + 1, windowWeeks);
        if (weeks[slot] == 0) {
            means[slot] = kwh;
            variances[slot] = 0;
        } else {
            double alpha = 1.0 / n;
            double diff = kwh - means[slot];
            means[slot] += alpha * diff;
            variances[slot] = (1 - alpha) * (variances[slot] + alpha * diff * diff);
        }
        if (weeks[slot] < Integer.MAX_VALUE) {
            weeks[slot]++;
        }
    }

    public boolean isEstablished(int slot, int minWeeks) {
        return weeks[slot] >= minWeeks;
    }

    public int weeks(int slot) {
        return weeks[slot];
    }

    public double mean(int slot) {
        return means[slot];
    }

    public double deviation(int slot) {
        return Math.sqrt(variances[slot]);
    }
}
