package io.meterhub.app.anomaly;

import io.meterhub.devices.simulator.EpisodeKind;

/**
 * How one kind of anomaly fared against what was injected.
 *
 * @param found         anomaly rows of the kind
 * @param truePositives rows that overlap an injected episode of the same kind on the same meter
 * @param detected      injected episodes that at least one row overlaps
 * @param split         injected episodes that more than one row overlaps (one episode should be one row)
 */
public record KindScore(EpisodeKind kind, int injected, int found, int truePositives, int detected, int split) {

    public int falsePositives() {
        return found - truePositives;
    }

    /** NaN when nothing was found. */
    public double precision() {
        return found == 0 ? Double.NaN : (double) truePositives / found;
    }

    /** NaN when nothing was injected. */
    public double recall() {
        return injected == 0 ? Double.NaN : (double) detected / injected;
    }
}
