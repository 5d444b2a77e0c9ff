package io.meterhub.devices.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meterhub.protocols.telemetry.TelemetryCodec;
import io.meterhub.protocols.telemetry.UplinkDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns a controller's document into the payloads it sends: the document itself (sometimes with one
 * bad item added) and, sometimes, an extra whole bad payload. Bad input is always in addition to the
 * valid data, never instead of it, so the truth does not depend on the malformed faults.
 * Every bad item names its controller and instant, so no two are alike and the pipeline can count
 * them as distinct.
 */
final class MalformedInjector {
    static final String UNKNOWN_EVENT_CODE = "TEMPERATURE_ALARM";
    static final Duration FUTURE_SHIFT = Duration.ofDays(30);

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final MalformedKind[] ITEM_KINDS = {MalformedKind.NON_NUMERIC_VALUE, MalformedKind.NEGATIVE_ENERGY,
            MalformedKind.UNKNOWN_METER, MalformedKind.FUTURE_TIMESTAMP, MalformedKind.UNKNOWN_EVENT_CODE};

    private final long seed;
    private final Faults faults;
    private final Truth truth;
    private final TelemetryCodec codec = new TelemetryCodec();

    MalformedInjector(long seed, Faults faults, Truth truth) {
        this.seed = seed;
        this.faults = faults;
        this.truth = truth;
    }

    List<Outgoing> payloads(UplinkDocument document, long instant) {
        String controller = document.controllerId();
        long c = Seeds.text(controller);
        List<Outgoing> payloads = new ArrayList<>(1);
        byte[] valid = codec.encode(document);
        if (chance(faults.badItemProbability(), Purpose.BAD_ITEM, c, instant) && !document.samples().isEmpty()) {
            MalformedKind kind = ITEM_KINDS[(int) (Seeds.unit(seed, Purpose.BAD_ITEM_KIND.ordinal(), c, instant) * ITEM_KINDS.length)];
            UplinkDocument.Sample victim = document.samples().get(
                    (int) (Seeds.unit(seed, Purpose.BAD_ITEM_METER.ordinal(), c, instant) * document.samples().size()));
            valid = withBadItem(valid, kind, victim, controller, instant);
        }
        payloads.add(new Outgoing(controller, valid));
        if (chance(faults.notJsonProbability(), Purpose.NOT_JSON, c, instant)) {
            payloads.add(new Outgoing(controller, truncated(document)));
            truth.addMalformed(new MalformedItem(MalformedKind.NOT_JSON, controller, instant, "payload cut off in the middle"));
        }
        if (chance(faults.wrongVersionProbability(), Purpose.WRONG_VERSION, c, instant)) {
            payloads.add(new Outgoing(controller, versionTwo(codec.encode(document))));
            truth.addMalformed(new MalformedItem(MalformedKind.WRONG_VERSION, controller, instant,
                    "\"v\": 2 with every value times 1000"));
        }
        return payloads;
    }

    private boolean chance(double probability, Purpose purpose, long controller, long instant) {
        return probability > 0 && Seeds.unit(seed, purpose.ordinal(), controller, instant) < probability;
    }

    private byte[] withBadItem(byte[] valid, MalformedKind kind, UplinkDocument.Sample victim, String controller, long instant) {
        ObjectNode root = tree(valid);
        String ts = Instant.ofEpochMilli(victim.timestamp()).toString();
        String description;
        if (kind == MalformedKind.UNKNOWN_EVENT_CODE) {
            ObjectNode event = ((ArrayNode) root.get("events")).addObject();
            event.put("meter", victim.meterId());
            event.put("ts", ts);
            event.put("code", UNKNOWN_EVENT_CODE);
            event.putObject("details");
            description = "event code " + UNKNOWN_EVENT_CODE + " of " + victim.meterId();
        } else {
            ObjectNode reading = ((ArrayNode) root.get("readings")).addObject();
            // One register only, so the item is one quarantine entry whether the pipeline counts per
            // reading or per register value.
            switch (kind) {
                case NON_NUMERIC_VALUE -> {
                    reading.put("meter", victim.meterId());
                    reading.put("ts", ts);
                    reading.putObject("values").put("1.8.0", "abc");
                    description = "1.8.0 = \"abc\" for " + victim.meterId();
                }
                case NEGATIVE_ENERGY -> {
                    reading.put("meter", victim.meterId());
                    reading.put("ts", ts);
                    reading.putObject("values").put("1.8.0", -12.5);
                    description = "1.8.0 = -12.5 for " + victim.meterId();
                }
                case UNKNOWN_METER -> {
                    String unknown = "UNKNOWN-" + victim.meterId().substring(victim.meterId().indexOf('-') + 1);
                    reading.put("meter", unknown);
                    reading.put("ts", ts);
                    reading.putObject("values").put("1.8.0", victim.values().get("1.8.0"));
                    description = "reading of unregistered meter " + unknown;
                }
                case FUTURE_TIMESTAMP -> {
                    reading.put("meter", victim.meterId());
                    reading.put("ts", Instant.ofEpochMilli(victim.timestamp()).plus(FUTURE_SHIFT).toString());
                    reading.putObject("values").put("1.8.0", victim.values().get("1.8.0"));
                    description = "reading of " + victim.meterId() + " stamped 30 days after its document";
                }
                default -> throw new IllegalArgumentException("not an item kind: " + kind);
            }
        }
        truth.addMalformed(new MalformedItem(kind, controller, instant, description));
        return bytes(root);
    }

    private static byte[] truncated(UplinkDocument document) {
        UplinkDocument.Sample first = document.samples().isEmpty() ? null : document.samples().get(0);
        String text = "{\"v\":1,\"controller\":\"" + document.controllerId() + "\",\"seq\":" + document.sequence()
                + ",\"sent\":\"" + Instant.ofEpochMilli(document.sentAt()) + "\",\"readings\":[{\"meter\":\""
                + (first == null ? "" : first.meterId()) + "\",\"ts\":\"" + Instant.ofEpochMilli(document.sentAt()) + "\",\"values\":{\"1.8.";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // Absurd values: if the pipeline ever let a v2 document through, the hourly totals would show it.
    private static byte[] versionTwo(byte[] valid) {
        ObjectNode root = tree(valid);
        root.put("v", 2);
        for (var reading : root.get("readings")) {
            ObjectNode values = (ObjectNode) reading.get("values");
            Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> fields = values.fields();
            List<String> names = new ArrayList<>();
            fields.forEachRemaining(field -> names.add(field.getKey()));
            for (String name : names) {
                values.put(name, values.get(name).doubleValue() * 1000);
            }
        }
        return bytes(root);
    }

    private static ObjectNode tree(byte[] json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(ObjectNode root) {
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
