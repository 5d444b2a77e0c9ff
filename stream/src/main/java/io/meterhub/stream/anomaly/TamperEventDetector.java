package io.meterhub.stream.anomaly;

import io.meterhub.protocols.anomaly.Severity;
import io.meterhub.protocols.anomaly.AnomalyKind;
import io.meterhub.protocols.telemetry.EventCode;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Tamper and relay events as anomalies, fed a meter's events in event-time order:
 * <ul>
 *   <li>COVER_OPEN and MAGNETIC_FIELD (HIGH): each is an episode of its own code, ended at the event;
 *   the same code again within {@link #MERGE_WINDOW} extends it (score: how many events).</li>
 *   <li>RELAY_OFF (MEDIUM) opens an episode, ongoing until RELAY_ON ends it (score: hours off).
 *   A RELAY_ON without a RELAY_OFF seen is a LOW point anomaly.</li>
 * </ul>
 * An event older than what was already judged (behind the watermark) is still reported: counted
 * in its episode when it falls inside it or within {@link #MERGE_WINDOW} before it (a late
 * document of the same burst: one episode stays one row), a point anomaly of its own otherwise.
 *
 * <p>A Flink POJO: its fields are the detector's keyed state.
 */
public class TamperEventDetector {
    public static final Duration MERGE_WINDOW = Duration.ofHours(1);
    private static final double HOUR = 3_600_000.0;

    public EpisodeTracker cover = new EpisodeTracker();
    public String coverDetails = "{}";
    public EpisodeTracker magnetic = new EpisodeTracker();
    public String magneticDetails = "{}";
    public EpisodeTracker relay = new EpisodeTracker();
    public String relayDetails = "{}";

    public TamperEventDetector() {
    }

    public static boolean handles(EventCode code) {
        return code == EventCode.COVER_OPEN || code == EventCode.MAGNETIC_FIELD || code == EventCode.RELAY_OFF
                || code == EventCode.RELAY_ON;
    }

    public void onEvent(String meterId, String organizationId, long timestamp, EventCode code, String details, Consumer<Anomaly> out) {
        switch (code) {
            case COVER_OPEN -> {
                tamper(cover, meterId, organizationId, timestamp, code, details, coverDetails, out);
                coverDetails = details == null ? "{}" : details;
            }
            case MAGNETIC_FIELD -> {
                tamper(magnetic, meterId, organizationId, timestamp, code, details, magneticDetails, out);
                magneticDetails = details == null ? "{}" : details;
            }
            case RELAY_OFF -> relayOff(meterId, organizationId, timestamp, details, out);
            case RELAY_ON -> relayOn(meterId, organizationId, timestamp, details, out);
            default -> {
            }
        }
    }

    private void tamper(EpisodeTracker episode, String meterId, String organizationId, long timestamp, EventCode code, String details,
                        String previousDetails, Consumer<Anomaly> out) {
        if (episode.isOpen() && timestamp >= episode.start && timestamp <= episode.last) {
            if (timestamp != episode.start && timestamp != episode.last) {
                episode.extend(episode.last, 1);
                out.accept(tamperAnomaly(episode, meterId, organizationId, code, previousDetails));
            }
            return; // the same event again, or one inside the episode
        }
        if (episode.isOpen() && timestamp < episode.start) {
            if (episode.start - timestamp <= MERGE_WINDOW.toMillis()) {
                // a late event just before the episode belongs to it; the row keeps its start, which is its key
                episode.extend(episode.last, 1);
                out.accept(tamperAnomaly(episode, meterId, organizationId, code, previousDetails));
            } else {
                out.accept(point(meterId, organizationId, timestamp, code, details, Severity.HIGH));
            }
            return;
        }
        if (episode.isOpen() && timestamp - episode.last <= MERGE_WINDOW.toMillis()) {
            episode.extend(timestamp, 1);
        } else {
            episode.open(timestamp, timestamp, 1);
        }
        out.accept(tamperAnomaly(episode, meterId, organizationId, code, details));
    }

    private Anomaly tamperAnomaly(EpisodeTracker episode, String meterId, String organizationId, EventCode code, String details) {
        Evidence evidence = Evidence.of()
                .text("code", code.name())
                .number("events", episode.count)
                .time("first", episode.start)
                .time("last", episode.last)
                .json("details", details);
        return episode.anomaly(meterId, organizationId, AnomalyKind.TAMPER_EVENT, episode.last, Severity.HIGH, episode.count, evidence);
    }

    private void relayOff(String meterId, String organizationId, long timestamp, String details, Consumer<Anomaly> out) {
        if (relay.isOpen()) {
            if (timestamp > relay.last) {
                relay.extend(timestamp, 0); // switched off again while off: the same episode
                out.accept(relayAnomaly(meterId, organizationId, null));
            }
            return;
        }
        relay.open(timestamp, timestamp, 0);
        relayDetails = details == null ? "{}" : details;
        out.accept(relayAnomaly(meterId, organizationId, null));
    }

    private void relayOn(String meterId, String organizationId, long timestamp, String details, Consumer<Anomaly> out) {
        if (relay.isOpen() && timestamp >= relay.last) {
            out.accept(relayAnomaly(meterId, organizationId, timestamp));
            relay.reset();
            return;
        }
        out.accept(point(meterId, organizationId, timestamp, EventCode.RELAY_ON, details, Severity.LOW));
    }

    private Anomaly relayAnomaly(String meterId, String organizationId, Long end) {
        double hoursOff = end == null ? 0 : (end - relay.start) / HOUR;
        Evidence evidence = Evidence.of()
                .text("code", EventCode.RELAY_OFF.name())
                .time("relay_off", relay.start)
                .text("relay_on", end == null ? null : java.time.Instant.ofEpochMilli(end).toString())
                .number("hours_off", hoursOff)
                .number("events", relay.count)
                .json("details", relayDetails);
        return relay.anomaly(meterId, organizationId, AnomalyKind.TAMPER_EVENT, end, Severity.MEDIUM, hoursOff, evidence);
    }

    private static Anomaly point(String meterId, String organizationId, long timestamp, EventCode code, String details, Severity severity) {
        Evidence evidence = Evidence.of()
                .text("code", code.name())
                .number("events", 1)
                .time("first", timestamp)
                .time("last", timestamp)
                .json("details", details);
        return new Anomaly(meterId, organizationId, AnomalyKind.TAMPER_EVENT, timestamp, timestamp, severity, 1, evidence.toJson());
    }
}
