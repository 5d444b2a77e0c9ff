package io.meterhub.stream.validation;

import io.meterhub.ingest.mqtt.InboundUplink;
import io.meterhub.protocols.telemetry.DecodedUplink;
import io.meterhub.protocols.telemetry.MeterEvent;
import io.meterhub.protocols.telemetry.Reading;
import io.meterhub.protocols.telemetry.Rejection;
import io.meterhub.protocols.telemetry.TelemetryCodec;
import io.meterhub.protocols.text.SafeText;
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
import java.util.List;

/**
 * Decodes a controller's document and checks each item against what only the pipeline knows: is
 * the meter registered, is the timestamp believable. Valid readings go on, events go to their side
 * output, and the bad items of a document go to quarantine folded by kind of failure
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

    private transient TelemetryCodec codec;
    private transient Counter documents;
    private transient Counter readings;
    private transient Counter quarantined;

    /**
     * @param maxClockAhead    how far ahead of our clock a controller's timestamp may be before it is refused
     * @param maxDocumentBytes the largest document decoded; a larger one is quarantined whole
     */
    public DecodeAndValidate(MeterDirectory directory, Duration maxClockAhead, int maxDocumentBytes) {
        this.directory = directory;
        this.maxClockAheadMillis = maxClockAhead.toMillis();
        this.maxDocumentBytes = maxDocumentBytes;
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
            String problem = problem(first.meterId(), first.timestamp(), latestAllowed);
            if (problem == null) {
                for (int i = start; i < end; i++) {
                    readings.inc();
                    out.collect(all.get(i));
                }
            } else {
                refusals.add(samplePointer(first), problem, sampleJson(all.subList(start, end)));
            }
        }
        for (int i = 0; i < decoded.events().size(); i++) {
            MeterEvent event = decoded.events().get(i);
            String problem = problem(event.meterId(), event.timestamp(), latestAllowed);
            if (problem == null) {
                context.output(Outputs.EVENTS, event);
            } else {
                refusals.add("/events/" + i, problem, event.toString());
            }
        }
        if (!refusals.isEmpty()) {
            quarantine(uplink, refusals, QuarantinedItem.sha256(payload), new String(payload, StandardCharsets.UTF_8), context);
        }
    }

    private String problem(String meterId, long timestamp, long latestAllowed) {
        if (directory.find(meterId) == null) {
            return "unknown meter \"" + meterId + "\": it is not registered with any organization";
        }
        if (timestamp > latestAllowed) {
            return "timestamp " + Instant.ofEpochMilli(timestamp) + " is in the future (more than "
                    + Duration.ofMillis(maxClockAheadMillis).toMinutes() + " min ahead of the server clock)";
        }
        return null;
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

    private static String sampleJson(List<Reading> sample) {
        StringBuilder json = new StringBuilder("{\"meter\":\"").append(sample.get(0).meterId()).append("\",\"ts\":\"")
                .append(Instant.ofEpochMilli(sample.get(0).timestamp())).append("\",\"values\":{");
        for (int i = 0; i < sample.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(sample.get(i).obis()).append("\":").append(sample.get(i).value());
        }
        return json.append("}}").toString();
    }
}
