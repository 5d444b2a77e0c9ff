package io.meterhub.stream.validation;

import io.meterhub.ingest.mqtt.InboundUplink;
import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.telemetry.DecodedUplink;
import io.meterhub.protocols.telemetry.IntervalEnergy;
import io.meterhub.protocols.telemetry.MeterEvent;
import io.meterhub.protocols.telemetry.Reading;
import io.meterhub.protocols.telemetry.Rejection;
import io.meterhub.protocols.telemetry.TelemetryCodec;
import io.meterhub.protocols.telemetry.UplinkDocument;
import io.meterhub.protocols.text.SafeText;
import io.meterhub.storage.telemetry.HeldReading;
import io.meterhub.storage.telemetry.QuarantinedItem;
import io.meterhub.stream.Outputs;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes a controller's document and checks each item against what only the pipeline knows: is
 * the meter registered, did it come on its own controller's topic, is the timestamp believable.
 * Valid readings go on, events go to their side output, items of a meter not registered yet are
 * held ({@link Outputs#HELD}) to be replayed on its registration, and the bad items of a document
 * go to quarantine folded by kind of failure
 * ({@link DocumentRefusals}), with the payload stored once; one bad item never costs the rest of
 * its document, and no document, whatever its bytes or size, costs more than its bounded rows.
 */
public class DecodeAndValidate extends ProcessFunction<InboundUplink, Reading> {
    private static final Logger LOG = LoggerFactory.getLogger(DecodeAndValidate.class);
    /** What of a document over the size limit is kept for a person to look at. */
    static final int OVERSIZE_KEPT_BYTES = 64 * 1024;

    private final MeterDirectory directory;
    private final long maxClockAheadMillis;
    private final int maxDocumentBytes;
    private final Duration unknownMeterHold;

    private transient TelemetryCodec codec;
    private transient Counter documents;
    private transient Counter readings;
    private transient Counter quarantined;

    /**
     * @param maxClockAhead    how far ahead of our clock a controller's timestamp may be before it is refused
     * @param maxDocumentBytes the largest document decoded; a larger one is quarantined whole
     * @param unknownMeterHold how long items of an unregistered meter wait for its registration; zero holds nothing
     */
    public DecodeAndValidate(MeterDirectory directory, Duration maxClockAhead, int maxDocumentBytes, Duration unknownMeterHold) {
        this.directory = directory;
        this.maxClockAheadMillis = maxClockAhead.toMillis();
        this.maxDocumentBytes = maxDocumentBytes;
        this.unknownMeterHold = unknownMeterHold;
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        directory.open();
        codec = new TelemetryCodec();
        documents = getRuntimeContext().getMetricGroup().counter("uplinkDocuments");
        readings = getRuntimeContext().getMetricGroup().counter("readingsAccepted");
        quarantined = getRuntimeContext().getMetricGroup().counter("itemsQuarantined");
    }

    @Override
    public void close() throws Exception {
        directory.close();
        super.close();
    }

    @Override
    public void processElement(InboundUplink uplink, Context context, Collector<Reading> out) {
        documents.inc();
        byte[] payload = uplink.payload();
        if (payload.length > maxDocumentBytes) {
            DocumentRefusals refusals = new DocumentRefusals();
            refusals.add("", "the document is " + payload.length + " bytes, over the limit of " + maxDocumentBytes
                    + " bytes (MH_MAX_DOCUMENT_BYTES); split it into smaller documents", "{}");
            String kept = new String(payload, 0, Math.min(payload.length, OVERSIZE_KEPT_BYTES), StandardCharsets.UTF_8);
            quarantine(uplink, refusals, QuarantinedItem.sha256(payload), kept, context);
            return;
        }
        DecodedUplink decoded = codec.decode(payload);
        long latestAllowed = System.currentTimeMillis() + maxClockAheadMillis;
        DocumentRefusals refusals = new DocumentRefusals();
        for (Rejection rejection : decoded.rejections()) {
            refusals.add(rejection.pointer(), rejection.reason(), rejection.item());
        }
        // The codec yields the registers of one sample (one meter at one moment) next to each other;
        // a sample is accepted or quarantined whole, as the one item the controller sent.
        List<Reading> all = decoded.readings();
        for (int start = 0, end; start < all.size(); start = end) {
            Reading first = all.get(start);
            end = start + 1;
            while (end < all.size() && all.get(end).timestamp() == first.timestamp() && all.get(end).meterId().equals(first.meterId())) {
                end++;
            }
            List<Reading> sample = all.subList(start, end);
            MeterInfo meter = lookUp(uplink, first.meterId());
            String problem = problem(meter, first.meterId(), first.timestamp(), uplink, latestAllowed);
            if (problem == null) {
                for (Reading reading : sample) {
                    readings.inc();
                    out.collect(reading);
                }
            } else {
                refusals.add(samplePointer(first), problem, sampleJson(sample));
                if (meter == null && isHeld()) {
                    hold(uplink, first.meterId(), first.timestamp(), new UplinkDocument(uplink.controllerId(), 0, uplink.receivedAt(),
                            List.of(new UplinkDocument.Sample(first.meterId(), first.timestamp(), values(sample))), List.of()), context);
                }
            }
        }
        for (int i = 0; i < decoded.events().size(); i++) {
            MeterEvent event = decoded.events().get(i);
            MeterInfo meter = lookUp(uplink, event.meterId());
            String problem = problem(meter, event.meterId(), event.timestamp(), uplink, latestAllowed);
            if (problem == null) {
                context.output(Outputs.EVENTS, event);
            } else {
                refusals.add("/events/" + i, problem, event.toString());
                if (meter == null && isHeld()) {
                    hold(uplink, event.meterId(), event.timestamp(),
                            new UplinkDocument(uplink.controllerId(), 0, uplink.receivedAt(), List.of(), List.of(event)), context);
                }
            }
        }
        for (IntervalEnergy interval : decoded.intervals()) {
            MeterInfo meter = lookUp(uplink, interval.meterId());
            String problem = problem(meter, interval.meterId(), interval.end() - 1, uplink, latestAllowed);
            if (problem == null) {
                context.output(Outputs.INTERVALS, interval);
            } else {
                refusals.add(intervalPointer(interval), problem, interval.toJson());
                if (meter == null && isHeld()) {
                    hold(uplink, interval.meterId(), interval.start(), new UplinkDocument(uplink.controllerId(), 0, uplink.receivedAt(),
                            List.of(), List.of(), List.of(interval)), context);
                }
            }
        }
        if (!refusals.isEmpty()) {
            quarantine(uplink, refusals, QuarantinedItem.sha256(payload), new String(payload, StandardCharsets.UTF_8), context);
        }
    }

    // A replay was sent because its meter was registered: this operator's copy of the registry may be a moment behind.
    private MeterInfo lookUp(InboundUplink uplink, String meterId) {
        return uplink.isReplay() ? directory.findFresh(meterId) : directory.find(meterId);
    }

    private boolean isHeld() {
        return !unknownMeterHold.isZero();
    }

    private String problem(MeterInfo meter, String meterId, long timestamp, InboundUplink uplink, long latestAllowed) {
        if (meter == null) {
            String unknown = "unknown meter \"" + meterId + "\": it is not registered with any organization";
            return isHeld() ? unknown + "; held, waiting for registration (up to " + unknownMeterHold.toHours()
                    + " h, MH_UNKNOWN_METER_HOLD_H): counted the moment the meter is registered" : unknown;
        }
        String topicController = uplink.controllerId();
        if (!meter.reportsThrough(topicController)) {
            return "meter \"" + meterId + "\" belongs to controller \"" + meter.controllerId() + "\", but arrived on the topic of "
                    + (topicController == null ? "no controller (\"" + uplink.topic() + "\")" : "controller \"" + topicController + "\"");
        }
        if (timestamp > latestAllowed) {
            return "timestamp " + Instant.ofEpochMilli(timestamp) + " is in the future (more than "
                    + Duration.ofMillis(maxClockAheadMillis).toMinutes() + " min ahead of the server clock)";
        }
        return null;
    }

    private void hold(InboundUplink uplink, String meterId, long timestamp, UplinkDocument document, Context context) {
        String json;
        try {
            json = new String(codec.encode(document), StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            // The decoder hands over only text that encodes; should that ever fail, the quarantine row still keeps the item.
            LOG.warn("could not hold an item of {} from {}: {}", SafeText.forLog(meterId), SafeText.forLog(uplink.topic()), e.getMessage());
            return;
        }
        context.output(Outputs.HELD, HeldReading.of(meterId, timestamp, uplink.topic(), uplink.receivedAt(), json));
    }

    private static Map<String, Double> values(List<Reading> sample) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Reading reading : sample) {
            values.put(reading.obis(), reading.value());
        }
        return values;
    }

    private void quarantine(InboundUplink uplink, DocumentRefusals refusals, String payloadSha256, String payloadText, Context context) {
        quarantined.inc(refusals.count());
        // A client error: one line per document, said plainly, without a stack trace; the payload stays in the table.
        LOG.warn("quarantined from {}: {}", SafeText.forLog(uplink.topic()), refusals.summary());
        for (QuarantinedItem row : refusals.rows(uplink.topic(), uplink.receivedAt(), payloadSha256, payloadText)) {
            context.output(Outputs.QUARANTINE, row);
        }
    }

    // The codec keeps no index for readings that passed it; meter and time name the sample exactly.
    private static String samplePointer(Reading reading) {
        return "/readings/" + reading.meterId() + "@" + Instant.ofEpochMilli(reading.timestamp());
    }

    private static String intervalPointer(IntervalEnergy interval) {
        return "/intervals/" + interval.meterId() + "|" + interval.obis() + "@" + Instant.ofEpochMilli(interval.start());
    }

    private static String sampleJson(List<Reading> sample) {
        StringBuilder json = new StringBuilder("{\"meter\":\"").append(sample.get(0).meterId()).append("\",\"ts\":\"")
                .append(Instant.ofEpochMilli(sample.get(0).timestamp())).append("\",\"values\":{");
        for (int i = 0; i < sample.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(sample.get(i).obis()).append("\":").append(sample.get(i).value());
        }
        return json.append("}}").toString();
    }
}
