package io.meterhub.stream.anomaly;

import io.meterhub.protocols.anomaly.Severity;
import io.meterhub.protocols.anomaly.AnomalyKind;

import java.util.function.Consumer;

/**
 * Data gap: no reading of the meter for longer than {@code gapToleranceIntervals} of its reporting
 * interval (the meter or its controller is offline). The host tells it every reading (in event-time
 * order) and, through an event-time timer, when time has passed: {@link #onReading} returns when
 * the silence would become a gap, {@link #onTime} opens the episode then, from the last reading,
 * and extends it hourly (for a week at most; it stays open). The next reading closes it.
 *
 * <p>Score: hours of silence. Severity: HIGH from 24 h on, MEDIUM from 6 h, LOW below.
 *
 * <p>A Flink POJO: its fields are the detector's keyed state.
 */
public class DataGapDetector {
    public static final long HOUR = 3_600_000L;
    /** An open gap is extended hourly for this long; after that it stays open without updates. */
    public static final long EXTEND_FOR_MILLIS = 7 * 24 * HOUR;

    public long lastReading = EpisodeTracker.NONE;
    public EpisodeTracker episode = new EpisodeTracker();

    public DataGapDetector() {
    }

    /** The silence a meter with this interval may keep without being in a gap. */
    public static long allowedSilence(int intervalSeconds, AnomalyThresholds t) {
        return (long) intervalSeconds * 1000L * t.gapToleranceIntervals();
    }

    /**
     * A reading at {@code timestamp}. Returns the moment to call {@link #onTime} at, or
     * {@link EpisodeTracker#NONE} when the reading is not the newest.
     */
    public long onReading(String meterId, String organizationId, long timestamp, long allowedMillis, Consumer<Anomaly> out) {
        if (lastReading != EpisodeTracker.NONE && timestamp <= lastReading) {
            return EpisodeTracker.NONE;
        }
        if (episode.isOpen()) {
            out.accept(anomaly(meterId, organizationId, timestamp, timestamp, allowedMillis));
            episode.reset();
        } else if (lastReading != EpisodeTracker.NONE && timestamp - lastReading > allowedMillis) {
            // time jumped over the whole gap before a check could see it: report it whole
            episode.open(lastReading, timestamp, hours(timestamp - lastReading));
            out.accept(anomaly(meterId, organizationId, timestamp, timestamp, allowedMillis));
            episode.reset();
        }
        lastReading = timestamp;
        return timestamp + allowedMillis + 1;
    }

    /**
     * Event time has reached {@code now} (every reading up to it has been seen). Returns the next
     * moment to call again, or {@link EpisodeTracker#NONE}.
     */
    public long onTime(String meterId, String organizationId, long now, long allowedMillis, Consumer<Anomaly> out) {
        if (lastReading == EpisodeTracker.NONE) {
            return EpisodeTracker.NONE;
        }
        long silence = now - lastReading;
        if (silence <= allowedMillis) {
            return EpisodeTracker.NONE;
        }
        if (episode.isOpen() && now <= episode.last) {
            return EpisodeTracker.NONE;
        }
        episode.observe(lastReading, now, hours(silence));
        out.accept(anomaly(meterId, organizationId, null, now, allowedMillis));
        return silence < EXTEND_FOR_MILLIS ? now + HOUR : EpisodeTracker.NONE;
    }

    private Anomaly anomaly(String meterId, String organizationId, Long end, long now, long allowedMillis) {
        double silenceHours = hours(now - episode.start);
        Evidence evidence = Evidence.of()
                .time("last_reading", episode.start)
                .text("next_reading", end == null ? null : java.time.Instant.ofEpochMilli(end).toString())
                .number("silence_hours", silenceHours)
                .number("allowed_minutes", allowedMillis / 60_000.0);
        Severity severity = silenceHours >= 24 ? Severity.HIGH : silenceHours >= 6 ? Severity.MEDIUM : Severity.LOW;
        return episode.anomaly(meterId, organizationId, AnomalyKind.DATA_GAP, end, severity, silenceHours, evidence);
    }

    private static double hours(long millis) {
        return millis / (double) HOUR;
    }
}
