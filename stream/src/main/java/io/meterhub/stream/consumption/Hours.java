package io.meterhub.stream.consumption;

/** UTC hour arithmetic on epoch milliseconds. Russian time zones are whole hours from UTC. */
public final class Hours {
    public static final long HOUR = 3_600_000L;

    private Hours() {
    }

    public static long floor(long epochMillis) {
        return Math.floorDiv(epochMillis, HOUR) * HOUR;
    }

    /**
     * The part of {@code energy}, spread evenly over [from, to), that falls into the hour starting
     * at {@code hourStart}: consumption between two readings is split in proportion to time.
     */
    public static double share(long from, long to, double energy, long hourStart) {
        long overlap = Math.min(to, hourStart + HOUR) - Math.max(from, hourStart);
        if (overlap <= 0) {
            return 0;
        }
        return overlap == to - from ? energy : energy * overlap / (to - from);
    }
}
