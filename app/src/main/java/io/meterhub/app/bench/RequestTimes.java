package io.meterhub.app.bench;

import java.util.Arrays;

/** Each request's time from send to answer, in nanoseconds, and their percentiles. */
final class RequestTimes {
    private long[] nanos = new long[4096];
    private int count;

    synchronized void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    synchronized int count() {
        return count;
    }

    /** The p-th percentile (0 to 100) in milliseconds, nearest rank; NaN when there was no request. */
    synchronized double percentileMs(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }
}
