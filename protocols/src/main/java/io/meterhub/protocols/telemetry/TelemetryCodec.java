package io.meterhub.protocols.telemetry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.meterhub.protocols.text.SafeText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The MQTT payload codec of contract v1 (see docs/telemetry-contract.md).
 *
 * <p>Decoding never throws on bad input: each item that is wrong becomes a {@link Rejection} and
 * every valid item of the same document is still returned, because one broken register must not
 * cost a controller its whole batch. Checks that need context (is the meter known, is the clock
 * sane) belong to the pipeline, not here.
 */
public final class TelemetryCodec {
    public static final int VERSION = 1;
    /** The longest meter id the contract accepts (registry ids are far shorter). */
    public static final int MAX_METER_ID_CHARS = 128;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    public byte[] encode(UplinkDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + document.samples().size() * 96);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("v", VERSION);
            json.writeStringField("controller", document.controllerId());
            json.writeNumberField("seq", document.sequence());
            json.writeStringField("sent", Instant.ofEpochMilli(document.sentAt()).toString());
            json.writeArrayFieldStart("readings");
            for (UplinkDocument.Sample sample : document.samples()) {
                json.writeStartObject();
                json.writeStringField("meter", sample.meterId());
                json.writeStringField("ts", Instant.ofEpochMilli(sample.timestamp()).toString());
                json.writeObjectFieldStart("values");
                for (Map.Entry<String, Double> value : sample.values().entrySet()) {
                    json.writeNumberField(value.getKey(), value.getValue());
                }
                json.writeEndObject();
                if (!sample.errors().isEmpty()) {
                    json.writeObjectFieldStart("errors");
                    for (Map.Entry<String, String> error : sample.errors().entrySet()) {
                        json.writeStringField(error.getKey(), error.getValue());
                    }
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("events");
            for (MeterEvent event : document.events()) {
                json.writeStartObject();
                json.writeStringField("meter", event.meterId());
                json.writeStringField("ts", Instant.ofEpochMilli(event.timestamp()).toString());
                json.writeStringField("code", event.code().name());
                json.writeFieldName("details");
                json.writeRawValue(event.details() == null || event.details().isBlank() ? "{}" : event.details());
                json.writeEndObject();
            }
            json.writeEndArray();
            if (!document.intervals().isEmpty()) {
                json.writeArrayFieldStart("intervals");
                for (IntervalEnergy interval : document.intervals()) {
                    json.writeStartObject();
                    json.writeStringField("meter", interval.meterId());
                    json.writeStringField("register", interval.obis());
                    json.writeStringField("start", Instant.ofEpochMilli(interval.start()).toString());
                    json.writeStringField("end", Instant.ofEpochMilli(interval.end()).toString());
                    // a string, so that the decimal travels exactly (a JSON number would become a double on the way)
                    json.writeStringField("energy", interval.energy().toPlainString());
                    json.writeBooleanField("commercial", interval.commercial());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode an uplink document", e);
        }
        return out.toByteArray();
    }

    public DecodedUplink decode(byte[] payload) {
        JsonNode root;
        try {
            root = MAPPER.readTree(payload);
        } catch (IOException e) {
            return wholeDocumentRejected("not valid JSON: " + firstLine(e), payload);
        }
        if (root == null || !root.isObject()) {
            return wholeDocumentRejected("the document must be a JSON object", payload);
        }
        JsonNode version = root.get("v");
        if (version == null || !version.isInt() || version.intValue() != VERSION) {
            return wholeDocumentRejected("unsupported contract version " + (version == null ? "(missing \"v\")" : version.toString())
                    + ", expected \"v\": " + VERSION, payload);
        }
        List<Reading> readings = new ArrayList<>();
        List<MeterEvent> events = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        TimestampCache timestamps = new TimestampCache();
        JsonNode readingsNode = root.get("readings");
        if (readingsNode != null && !readingsNode.isArray()) {
            rejections.add(new Rejection("/readings", "\"readings\" must be an array", readingsNode.toString()));
        } else if (readingsNode != null) {
            for (int i = 0; i < readingsNode.size(); i++) {
                decodeSample(readingsNode.get(i), "/readings/" + i, readings, rejections, timestamps);
            }
        }
        JsonNode eventsNode = root.get("events");
        if (eventsNode != null && !eventsNode.isArray()) {
            rejections.add(new Rejection("/events", "\"events\" must be an array", eventsNode.toString()));
        } else if (eventsNode != null) {
            for (int i = 0; i < eventsNode.size(); i++) {
                decodeEvent(eventsNode.get(i), "/events/" + i, events, rejections, timestamps);
            }
        }
        JsonNode intervalsNode = root.get("intervals");
        List<IntervalEnergy> intervals = List.of();
        if (intervalsNode != null && !intervalsNode.isArray()) {
            rejections.add(new Rejection("/intervals", "\"intervals\" must be an array", intervalsNode.toString()));
        } else if (intervalsNode != null) {
            intervals = new ArrayList<>(intervalsNode.size());
            for (int i = 0; i < intervalsNode.size(); i++) {
                decodeInterval(intervalsNode.get(i), "/intervals/" + i, intervals, rejections);
            }
        }
        return new DecodedUplink(readings, events, intervals, rejections);
    }

    private static void decodeInterval(JsonNode item, String pointer, List<IntervalEnergy> intervals, List<Rejection> rejections) {
        if (!item.isObject()) {
            rejections.add(new Rejection(pointer, "an interval must be a JSON object", item.toString()));
            return;
        }
        try {
            String meterId = meterId(item);
            JsonNode register = item.get("register");
            if (register == null || !register.isTextual() || !IntervalEnergy.REGISTERS.contains(register.asText())) {
                throw new IllegalArgumentException("\"register\" must be one of the total energy registers 1.8.0, 2.8.0, 3.8.0, 4.8.0, got "
                        + register);
            }
            long start = instant(item, "start");
            long end = instant(item, "end");
            if (end <= start) {
                throw new IllegalArgumentException("\"end\" must be after \"start\"");
            }
            if (end - start > IntervalEnergy.MAX_LENGTH_MILLIS) {
                throw new IllegalArgumentException("an interval is at most 24 hours long");
            }
            BigDecimal energy = energy(item.get("energy"));
            JsonNode commercial = item.get("commercial");
            if (commercial != null && !commercial.isBoolean()) {
                throw new IllegalArgumentException("\"commercial\" must be true or false");
            }
            intervals.add(new IntervalEnergy(meterId, register.asText(), start, end, energy, commercial == null || commercial.booleanValue()));
        } catch (IllegalArgumentException e) {
            rejections.add(new Rejection(pointer, e.getMessage(), item.toString()));
        }
    }

    /** An exact decimal: a string such as "120.5", or a JSON number (read by its shortest decimal form). */
    private static BigDecimal energy(JsonNode value) {
        BigDecimal energy;
        if (value != null && value.isTextual()) {
            try {
                energy = new BigDecimal(value.asText().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"energy\" must be a decimal number, got " + value);
            }
        } else if (value != null && value.isIntegralNumber()) {
            energy = value.decimalValue();
        } else if (value != null && value.isNumber() && Double.isFinite(value.doubleValue())) {
            energy = BigDecimal.valueOf(value.doubleValue());
        } else {
            throw new IllegalArgumentException("\"energy\" must be a decimal number, got " + value);
        }
        if (energy.signum() < 0) {
            throw new IllegalArgumentException("\"energy\" cannot be negative, got " + value);
        }
        energy = energy.stripTrailingZeros();
        if (energy.scale() > IntervalEnergy.MAX_SCALE) {
            throw new IllegalArgumentException("\"energy\" has more than " + IntervalEnergy.MAX_SCALE + " decimals: " + value);
        }
        if (energy.precision() - energy.scale() > 12) {
            throw new IllegalArgumentException("\"energy\" is over 10^12 in one interval: " + value);
        }
        return energy.scale() < 0 ? energy.setScale(0) : energy;
    }

    private static long instant(JsonNode item, String field) {
        JsonNode ts = item.get(field);
        if (ts == null || !ts.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be an ISO-8601 instant such as 2026-11-23T10:30:00Z");
        }
        try {
            return Instant.parse(ts.asText()).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + field + "\" is not an ISO-8601 instant such as 2026-11-23T10:30:00Z: " + ts.asText());
        }
    }

    private static void decodeSample(JsonNode sample, String pointer, List<Reading> readings, List<Rejection> rejections,
                                     TimestampCache timestamps) {
        if (!sample.isObject()) {
            rejections.add(new Rejection(pointer, "a reading must be a JSON object", sample.toString()));
            return;
        }
        String meterId;
        long timestamp;
        try {
            meterId = meterId(sample);
            timestamp = timestamps.of(sample);
        } catch (IllegalArgumentException e) {
            rejections.add(new Rejection(pointer, e.getMessage(), sample.toString()));
            return;
        }
        JsonNode values = sample.get("values");
        JsonNode errors = sample.get("errors");
        boolean valuesUsable = values != null && values.isObject();
        boolean errorsUsable = errors != null && errors.isObject();
        if ((values != null && !valuesUsable) || (errors != null && !errorsUsable) || (!valuesUsable && !errorsUsable)) {
            rejections.add(new Rejection(pointer, "a reading needs a \"values\" object of register: number"
                    + " (and \"errors\", when present, an object of register: text)", sample.toString()));
            return;
        }
        if (values != null && values.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = values.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String obis = field.getKey();
                JsonNode value = field.getValue();
                String problem = valueProblem(obis, value);
                if (problem == null) {
                    readings.add(new Reading(meterId, obis, timestamp, value.doubleValue()));
                } else {
                    rejections.add(new Rejection(pointer + "/values/" + escape(obis), problem,
                            itemJson(meterId, sample.get("ts"), obis, value)));
                }
            }
        }
        if (errors != null && errors.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = errors.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                rejections.add(new Rejection(pointer + "/errors/" + escape(field.getKey()),
                        "the controller could not read register " + field.getKey() + ": " + field.getValue().asText(),
                        itemJson(meterId, sample.get("ts"), field.getKey(), field.getValue())));
            }
        }
    }

    private static String valueProblem(String obis, JsonNode value) {
        if (!Obis.isValid(obis)) {
            return "\"" + obis + "\" is not an OBIS register code of the form C.D.E (for example 1.8.0)";
        }
        if (!value.isNumber()) {
            return "the value of " + obis + " must be a number, got " + value;
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            return "the value of " + obis + " is not a finite number";
        }
        if (Obis.isCumulative(obis) && number < 0) {
            return "the energy register " + obis + " cannot be negative, got " + value;
        }
        return null;
    }

    private static void decodeEvent(JsonNode event, String pointer, List<MeterEvent> events, List<Rejection> rejections,
                                    TimestampCache timestamps) {
        if (!event.isObject()) {
            rejections.add(new Rejection(pointer, "an event must be a JSON object", event.toString()));
            return;
        }
        try {
            String meterId = meterId(event);
            long timestamp = timestamps.of(event);
            JsonNode codeNode = event.get("code");
            String codeText = codeNode == null ? null : codeNode.asText();
            EventCode code = EventCode.parse(codeText).orElseThrow(() -> new IllegalArgumentException(
                    "unknown event code " + (codeNode == null ? "(missing \"code\")" : codeNode.toString())
                            + "; the contract lists the accepted codes"));
            JsonNode details = event.get("details");
            if (details != null && !details.isObject() && !details.isNull()) {
                throw new IllegalArgumentException("event \"details\" must be a JSON object");
            }
            // An unpaired surrogate (a "\\ud800" escape alone) cannot be written as UTF-8 again: it becomes U+FFFD.
            String detailsText = details == null || details.isNull() ? "{}" : SafeText.wellFormed(details.toString());
            events.add(new MeterEvent(meterId, timestamp, code, detailsText));
        } catch (IllegalArgumentException e) {
            rejections.add(new Rejection(pointer, e.getMessage(), event.toString()));
        }
    }

    private static String meterId(JsonNode item) {
        JsonNode meter = item.get("meter");
        if (meter == null || !meter.isTextual() || meter.asText().isBlank()) {
            throw new IllegalArgumentException("\"meter\" must be a non-empty string");
        }
        String id = meter.asText();
        if (id.length() > MAX_METER_ID_CHARS) {
            throw new IllegalArgumentException("\"meter\" is " + id.length() + " characters long; a meter id has at most "
                    + MAX_METER_ID_CHARS);
        }
        if (SafeText.hasControlCharacters(id)) {
            throw new IllegalArgumentException("\"meter\" " + SafeText.forLog(id) + " holds a control character;"
                    + " a meter id is printable text");
        }
        if (SafeText.hasUnpairedSurrogate(id)) {
            throw new IllegalArgumentException("\"meter\" " + SafeText.forLog(SafeText.wellFormed(id))
                    + " is not well-formed Unicode (an unpaired surrogate, shown as U+FFFD)");
        }
        return meter.asText();
    }

    /** A document usually stamps all its meters with one instant: parse each distinct text once. */
    private static final class TimestampCache {
        private String lastText;
        private long lastMillis;

        long of(JsonNode item) {
            JsonNode ts = item.get("ts");
            if (ts != null && ts.isTextual() && ts.asText().equals(lastText)) {
                return lastMillis;
            }
            long millis = timestamp(item);
            if (ts.isTextual()) {
                lastText = ts.asText();
                lastMillis = millis;
            }
            return millis;
        }
    }

    private static long timestamp(JsonNode item) {
        JsonNode ts = item.get("ts");
        if (ts == null) {
            throw new IllegalArgumentException("\"ts\" is missing");
        }
        if (ts.isIntegralNumber()) {
            return ts.longValue();
        }
        if (ts.isTextual()) {
            try {
                return Instant.parse(ts.asText()).toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"ts\" is not an ISO-8601 instant such as 2026-11-23T10:15:00Z: " + ts.asText());
            }
        }
        throw new IllegalArgumentException("\"ts\" must be an ISO-8601 string or epoch milliseconds, got " + ts);
    }

    private static String itemJson(String meterId, JsonNode ts, String obis, JsonNode value) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("meter", meterId);
        node.set("ts", ts);
        node.put("obis", obis);
        node.set("value", value);
        return node.toString();
    }

    private static DecodedUplink wholeDocumentRejected(String reason, byte[] payload) {
        return new DecodedUplink(List.of(), List.of(), List.of(new Rejection("", reason, new String(payload, StandardCharsets.UTF_8))));
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String firstLine(IOException e) {
        String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
