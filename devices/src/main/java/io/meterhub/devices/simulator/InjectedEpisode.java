package io.meterhub.devices.simulator;

/**
 * An anomaly the simulator put into a meter's telemetry, in epoch milliseconds of event time. For
 * kinds that happen between two readings (a register set back or jumping) it is the interval
 * between the reading before and the first one showing it; for events, from the first to the last.
 */
public record InjectedEpisode(String meterId, EpisodeKind kind, long start, long end) {

    public InjectedEpisode {
        if (end < start) {
            throw new IllegalArgumentException("an episode cannot end before it starts: " + meterId + " " + kind);
        }
    }

    /** True when [start, end] of the other span touches this one (both ends inclusive: events are instants). */
    public boolean overlaps(long otherStart, long otherEnd) {
        return otherStart <= end && otherEnd >= start;
    }
}
