package io.meterhub.stream.anomaly;

import io.meterhub.protocols.anomaly.Severity;
import io.meterhub.protocols.anomaly.AnomalyKind;

/**
 * One episode of one detector: opened at its first observation, extended while observations keep
 * coming, closed when they stop. Every emission of the same episode carries the same start, so the
 * sink upserts one row per episode; {@link #reported} tells whether anything was emitted yet (an
 * episode that never reached its detector's threshold closes silently).
 *
 * <p>A Flink POJO (public fields, no-arg constructor): detectors keep it in keyed state.
 */
public class EpisodeTracker {
    public static final long NONE = Long.MIN_VALUE;

    /** When the episode began, {@link #NONE} when there is none. */
    public long start = NONE;
    /** The latest moment seen inside the episode. */
    public long last = NONE;
    /** The largest observation. */
    public double peak;
    /** The sum of the observations. */
    public double total;
    /** How many observations. */
    public int count;
    /** An anomaly of this episode was emitted. */
    public boolean reported;

    public EpisodeTracker() {
    }

    public boolean isOpen() {
        return start != NONE;
    }

    public void open(long start, long at, double value) {
        this.start = start;
        this.last = at;
        this.peak = value;
        this.total = value;
        this.count = 1;
        this.reported = false;
    }

    public void extend(long at, double value) {
        if (!isOpen()) {
            throw new IllegalStateException("no episode is open");
        }
        last = Math.max(last, at);
        peak = Math.max(peak, value);
        total += value;
        count++;
    }

    /** Moves the episode's latest moment without counting an observation. */
    public void stretch(long at) {
        if (isOpen()) {
            last = Math.max(last, at);
        }
    }

    /** Opens the episode when none is open, extends it otherwise. */
    public void observe(long start, long at, double value) {
        if (isOpen()) {
            extend(at, value);
        } else {
            open(start, at, value);
        }
    }

    /** The anomaly of this episode as it stands: ongoing when {@code end} is null. Marks the episode reported. */
    public Anomaly anomaly(String meterId, String organizationId, AnomalyKind kind, Long end, Severity severity, double score,
                           Evidence evidence) {
        reported = true;
        return new Anomaly(meterId, organizationId, kind, start, end, severity, score, evidence.toJson());
    }

    public void reset() {
        start = NONE;
        last = NONE;
        peak = 0;
        total = 0;
        count = 0;
        reported = false;
    }
}
