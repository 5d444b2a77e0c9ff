package io.meterhub.stream.consumption;

import java.util.Arrays;

/**
 * The recent intervals of one register of one meter, by start, with their energy in millionths of
 * a kWh (exact: the contract allows at most six decimals): enough to recompute every hour an
 * interval touches when it arrives late, again, or corrected. Intervals ending before the horizon
 * are pruned; one that arrives before it is too late to recompute.
 *
 * <p>A Flink POJO (public fields, no-arg constructor) so that keyed state serializes it without Kryo.
 */
public class IntervalSeries {
    public long[] starts = new long[8];
    public long[] ends = new long[8];
    public long[] micros = new long[8];
    public int size;
    /** Hours before this were pruned. 0 when nothing was. */
    public long horizonStart;

    public IntervalSeries() {
    }

    /** Index of the interval that starts exactly then, or {@code -(insertion point) - 1}. */
    public int find(long start) {
        return Arrays.binarySearch(starts, 0, size, start);
    }

    public boolean isTooLate(long start) {
        return horizonStart != 0 && start < horizonStart;
    }

    /**
     * Index of an interval other than {@code except} that overlaps [start, end), or -1. Intervals
     * of one series do not overlap, so only the neighbours of the insertion point can.
     */
    public int overlapping(long start, long end, int except) {
        int at = find(start);
        int from = at >= 0 ? at - 1 : -at - 2;
        for (int i = Math.max(0, from); i < size && starts[i] < end; i++) {
            if (i != except && starts[i] < end && ends[i] > start) {
                return i;
            }
        }
        return -1;
    }

    /** Puts the interval in (replacing the one with the same start, when there is one), returns its index. */
    public int put(long start, long end, long micro) {
        int at = find(start);
        if (at >= 0) {
            ends[at] = end;
            micros[at] = micro;
            return at;
        }
        int insertAt = -at - 1;
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            micros = Arrays.copyOf(micros, size * 2);
        }
        System.arraycopy(starts, insertAt, starts, insertAt + 1, size - insertAt);
        System.arraycopy(ends, insertAt, ends, insertAt + 1, size - insertAt);
        System.arraycopy(micros, insertAt, micros, insertAt + 1, size - insertAt);
        starts[insertAt] = start;
        ends[insertAt] = end;
        micros[insertAt] = micro;
        size++;
        return insertAt;
    }

    /**
     * The energy in the hour, in millionths: the intervals inside it whole, an interval that
     * crosses its boundary in proportion to the time it spends in it.
     */
    public long microsIn(long hourStart) {
        long hourEnd = hourStart + Hours.HOUR;
        long total = 0;
        for (int i = firstEndingAfter(hourStart); i < size && starts[i] < hourEnd; i++) {
            long overlap = Math.min(ends[i], hourEnd) - Math.max(starts[i], hourStart);
            if (overlap > 0) {
                long length = ends[i] - starts[i];
                total += overlap == length ? micros[i] : Math.round((double) micros[i] * overlap / length);
            }
        }
        return total;
    }

    /** How much of the hour the intervals cover, in milliseconds: a whole hour is complete. */
    public long coveredIn(long hourStart) {
        long hourEnd = hourStart + Hours.HOUR;
        long covered = 0;
        for (int i = firstEndingAfter(hourStart); i < size && starts[i] < hourEnd; i++) {
            covered += Math.max(0, Math.min(ends[i], hourEnd) - Math.max(starts[i], hourStart));
        }
        return covered;
    }

    public long latestEnd() {
        return size == 0 ? Long.MIN_VALUE : ends[size - 1];
    }

    /** Drops intervals that end more than {@code horizonMillis} before the newest one's end. */
    public void prune(long horizonMillis) {
        if (size == 0) {
            return;
        }
        long cutoff = Hours.floor(latestEnd() - horizonMillis);
        int keepFrom = 0;
        while (keepFrom < size && ends[keepFrom] <= cutoff) {
            keepFrom++;
        }
        if (keepFrom == 0) {
            return;
        }
        System.arraycopy(starts, keepFrom, starts, 0, size - keepFrom);
        System.arraycopy(ends, keepFrom, ends, 0, size - keepFrom);
        System.arraycopy(micros, keepFrom, micros, 0, size - keepFrom);
        size -= keepFrom;
        horizonStart = Math.max(horizonStart, cutoff);
    }

    // Intervals do not overlap and are sorted by start, so their ends are sorted too.
    private int firstEndingAfter(long time) {
        int at = Arrays.binarySearch(ends, 0, size, time);
        return at >= 0 ? at + 1 : -at - 1;
    }
}
