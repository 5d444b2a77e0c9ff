package io.meterhub.stream.consumption;

import java.util.Arrays;

/**
 * The recent readings of one cumulative register in timestamp order: enough to recompute every
 * hour they touch when a reading arrives late or out of order. Older readings are pruned at a
 * horizon, keeping one anchor before it so that the first retained hour stays complete.
 *
 * <p>A Flink POJO (public fields, no-arg constructor) so that keyed state serializes it without Kryo.
 */
public class RegisterSeries {
    public long[] timestamps = new long[4];
    public double[] values = new double[4];
    public int size;
    /** Hours before this were pruned: readings before it are too late to recompute. 0 when nothing was. */
    public long horizonStart;
    /** Timestamps of the readings whose drop (reset, rollover) was reported as an event, oldest first. */
    public long[] reportedDrops = new long[0];

    public RegisterSeries() {
    }

    /** Index of the reading at exactly this time, or {@code -(insertion point) - 1}. */
    public int find(long timestamp) {
        return Arrays.binarySearch(timestamps, 0, size, timestamp);
    }

    public boolean isTooLate(long timestamp) {
        return horizonStart != 0 && timestamp < horizonStart;
    }

    /** Inserts at the position {@link #find} reported, returns the new reading's index. */
    public int insert(int insertionPoint, long timestamp, double value) {
        if (size == timestamps.length) {
            timestamps = Arrays.copyOf(timestamps, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        System.arraycopy(timestamps, insertionPoint, timestamps, insertionPoint + 1, size - insertionPoint);
        System.arraycopy(values, insertionPoint, values, insertionPoint + 1, size - insertionPoint);
        timestamps[insertionPoint] = timestamp;
        values[insertionPoint] = value;
        size++;
        return insertionPoint;
    }

    /**
     * Whether the drop that ends at {@code index} already has its event. An event is stamped with the
     * first reading after the drop that had arrived; readings that arrive later inside the interval
     * move the drop earlier, so the drop owns the event stamped at the first reported reading
     * reached from {@code index} before the register drops again.
     */
    public boolean isReportedDrop(int index, double capacity) {
        for (int j = index; j < size; j++) {
            if (Arrays.binarySearch(reportedDrops, timestamps[j]) >= 0) {
                return true;
            }
            if (j + 1 < size && step(j + 1, capacity).kind() != RegisterStep.Kind.NORMAL) {
                return false;
            }
        }
        return false;
    }

    public void recordReportedDrop(long timestamp) {
        int at = Arrays.binarySearch(reportedDrops, timestamp);
        if (at >= 0) {
            return;
        }
        int insertAt = -at - 1;
        long[] grown = new long[reportedDrops.length + 1];
        System.arraycopy(reportedDrops, 0, grown, 0, insertAt);
        grown[insertAt] = timestamp;
        System.arraycopy(reportedDrops, insertAt, grown, insertAt + 1, reportedDrops.length - insertAt);
        reportedDrops = grown;
    }

    public RegisterStep step(int index, double capacity) {
        return RegisterStep.between(values[index - 1], values[index], capacity);
    }

    /** Consumption inside one hour, from every interval between consecutive readings that overlaps it. */
    public double energyIn(long hourStart, double capacity) {
        return energyIn(hourStart, capacity, ZoneHours.ALWAYS);
    }

    /**
     * Consumption inside one hour. Each interval's energy is spread evenly over the part of it in
     * which the register can grow ({@code zoneHours}); when the schedule leaves no such part (the
     * meter's clock or zones disagree with ours) it is spread over the whole interval.
     */
    public double energyIn(long hourStart, double capacity, ZoneHours zoneHours) {
        long hourEnd = hourStart + Hours.HOUR;
        int at = find(hourStart);
        int first = at >= 0 ? at : Math.max(0, -at - 2);
        double energy = 0;
        boolean hourActive = zoneHours.active(hourStart);
        for (int i = first; i + 1 < size && timestamps[i] < hourEnd; i++) {
            long from = timestamps[i];
            long to = timestamps[i + 1];
            if (to <= hourStart) {
                continue;
            }
            double intervalEnergy = step(i + 1, capacity).energy();
            long activeMillis = zoneHours == ZoneHours.ALWAYS ? to - from : activeMillis(from, to, zoneHours);
            if (activeMillis == 0) {
                energy += Hours.share(from, to, intervalEnergy, hourStart);
            } else if (hourActive) {
                long overlap = Math.min(to, hourEnd) - Math.max(from, hourStart);
                energy += overlap == activeMillis ? intervalEnergy : intervalEnergy * overlap / activeMillis;
            }
        }
        return energy;
    }

    private static long activeMillis(long from, long to, ZoneHours zoneHours) {
        long active = 0;
        for (long hour = Hours.floor(from); hour < to; hour += Hours.HOUR) {
            if (zoneHours.active(hour)) {
                active += Math.min(to, hour + Hours.HOUR) - Math.max(from, hour);
            }
        }
        return active;
    }

    /**
     * The longest interval between consecutive readings that overlaps the hour, or
     * {@link Long#MAX_VALUE} when the readings do not reach from its start to its end.
     */
    public long longestIntervalAround(long hourStart) {
        long hourEnd = hourStart + Hours.HOUR;
        if (size < 2 || timestamps[0] > hourStart || latest() < hourEnd) {
            return Long.MAX_VALUE;
        }
        int at = find(hourStart);
        int first = at >= 0 ? at : Math.max(0, -at - 2);
        long longest = 0;
        for (int i = first; i + 1 < size && timestamps[i] < hourEnd; i++) {
            longest = Math.max(longest, timestamps[i + 1] - timestamps[i]);
        }
        return longest;
    }

    public long latest() {
        return timestamps[size - 1];
    }

    /**
     * Drops readings before the hour {@code horizon} before the latest one, keeping the last of
     * them as the anchor of the first retained interval.
     */
    public void prune(long horizonMillis) {
        prune(horizonMillis, Long.MAX_VALUE);
    }

    /**
     * As {@link #prune(long)}, but keeps every reading an hour that is not final yet (its end is
     * after {@code watermark}) still needs. When input arrives much faster than event time passes
     * (a backlog, a replay) the watermark trails the newest reading by more than the horizon, and
     * pruning at the horizon alone would drop an hour before it was ever final.
     */
    public void prune(long horizonMillis, long watermark) {
        if (watermark == Long.MIN_VALUE) {
            return; // no watermark yet: no hour is final
        }
        long boundary = Math.min(Hours.floor(latest() - horizonMillis), Hours.floor(watermark));
        int keepFrom = 0;
        while (keepFrom + 1 < size && timestamps[keepFrom + 1] <= boundary) {
            keepFrom++;
        }
        if (keepFrom == 0) {
            return;
        }
        System.arraycopy(timestamps, keepFrom, timestamps, 0, size - keepFrom);
        System.arraycopy(values, keepFrom, values, 0, size - keepFrom);
        size -= keepFrom;
        horizonStart = Math.max(horizonStart, boundary);
        int keptDrops = 0;
        while (keptDrops < reportedDrops.length && reportedDrops[keptDrops] < timestamps[0]) {
            keptDrops++;
        }
        if (keptDrops > 0) {
            reportedDrops = Arrays.copyOfRange(reportedDrops, keptDrops, reportedDrops.length);
        }
        if (timestamps.length > 64 && size < timestamps.length / 4) {
            timestamps = Arrays.copyOf(timestamps, timestamps.length / 2);
            values = Arrays.copyOf(values, values.length / 2);
        }
    }
}
