package io.meterhub.stream.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.ingest.mqtt.InboundUplink;
import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.protocols.telemetry.MeterEvent;
import io.meterhub.protocols.telemetry.Reading;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.telemetry.HeldReading;
import io.meterhub.storage.telemetry.HeldReadings;
import io.meterhub.storage.telemetry.QuarantinedItem;
import io.meterhub.storage.telemetry.TelemetryWriter;
import io.meterhub.stream.Outputs;
import io.meterhub.stream.StreamConfig;
import io.meterhub.stream.validation.DecodeAndValidate;
import io.meterhub.stream.validation.StaticMeterDirectory;
import io.meterhub.testkit.TestServices;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decode, validate and quarantine, fed with hostile documents and written to the real PostgreSQL:
 * valid samples of registered meters shuffled among random JSON, random unicode in every string
 * field (NUL, line breaks, lone surrogates), huge and non-finite numbers, deep nesting, unknown
 * fields, and documents of random bytes. The property: nothing throws, every row the step emits is
 * accepted by the database, and every valid sample of a document is kept, value for value.
 *
 * <p>CI runs the tries set in {@code junit-platform.properties} (about a minute); a longer run is
 * {@code ./fuzz TRIES} (see the README).
 */
class DecodeValidateQuarantineFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METERS = List.of("M-1", "M-2", "M-3");
    private static final List<String> REGISTERS = List.of("1.8.0", "1.8.1", "1.8.2", "2.8.0", "32.7.0");
    /** JSON escapes a generator never writes itself: NUL, lone and reversed surrogates, a BOM, line separators. */
    private static final List<String> ESCAPES = List.of("\"\\u0000\"", "\"a\\ud800b\"", "\"\\udc00\\ud800\"", "\"\\ufeff\\u2028\\u0085\"",
            "\"\\ud83d\\ude00\"", "\"\\\\u0000\"");
    private static final long BASE = Instant.parse("2026-06-01T00:00:00Z").toEpochMilli();

    private static Database database;
    private static Connection connection;

    @BeforeContainer
    static void openDatabase() throws Exception {
        String url = TestServices.freshDatabase("fuzz");
        database = Database.open(StorageConfig.of(url));
        connection = Database.connect(StorageConfig.of(url));
        connection.setAutoCommit(false);
    }

    @AfterContainer
    static void closeDatabase() throws Exception {
        connection.close();
        database.close();
    }

    /** One valid sample of a registered meter: what must survive whatever surrounds it. */
    record Sample(String meter, long timestamp, Map<String, Double> values) {
        String json() {
            StringBuilder out = new StringBuilder("{\"meter\":\"").append(meter).append("\",\"ts\":\"")
                    .append(Instant.ofEpochMilli(timestamp)).append("\",\"values\":{");
            int i = 0;
            for (Map.Entry<String, Double> value : values.entrySet()) {
                out.append(i++ == 0 ? "" : ",").append('"').append(value.getKey()).append("\":").append(value.getValue());
            }
            return out.append("}}").toString();
        }
    }

    /** A document as sent, with the valid samples it holds. */
    record Document(byte[] payload, List<Sample> valid) {
        @Override
        public String toString() {
            return valid.size() + " valid samples in " + new String(payload, StandardCharsets.UTF_8);
        }
    }

    @Property
    void every_valid_sample_is_kept_and_every_emitted_row_is_stored_whatever_else_the_document_holds(
            @ForAll("documents") Document document) throws Exception {
        List<Reading> accepted;
        List<MeterEvent> events = new ArrayList<>();
        List<QuarantinedItem> quarantined = new ArrayList<>();
        List<HeldReading> held = new ArrayList<>();
        try (OneInputStreamOperatorTestHarness<InboundUplink, Reading> harness = harness()) {
            harness.processElement(new StreamRecord<>(new InboundUplink("meterhub/v1/CTL-F/up", document.payload(),
                    System.currentTimeMillis(), 1, 1), 0));
            accepted = harness.extractOutputValues();
            collect(harness, Outputs.EVENTS, events);
            collect(harness, Outputs.QUARANTINE, quarantined);
            collect(harness, Outputs.HELD, held);
        }
        for (Sample sample : document.valid()) {
            for (Map.Entry<String, Double> value : sample.values().entrySet()) {
                assertThat(accepted).as("sample %s", sample).contains(new Reading(sample.meter(), value.getKey(), sample.timestamp(), value.getValue()));
            }
        }
        try {
            assertThat(TelemetryWriter.writeRawReadings(connection, accepted)).isEqualTo(accepted.size());
            TelemetryWriter.writeEvents(connection, events);
            TelemetryWriter.writeQuarantine(connection, quarantined);
            HeldReadings.write(connection, held);
            for (Sample sample : document.valid()) {
                assertThat(storedValues(sample)).isEqualTo(sample.values().size());
            }
        } finally {
            connection.rollback();
        }
    }

    private static OneInputStreamOperatorTestHarness<InboundUplink, Reading> harness() throws Exception {
        List<MeterInfo> meters = METERS.stream().map(id -> new MeterInfo(id, "ORG-F", ZoneId.of("Europe/Moscow"),
                TariffZoneSchedule.threeZoneDefault(), 6, 2, 900, "CTL-F")).toList();
        return ProcessFunctionTestHarnesses.forProcessFunction(new DecodeAndValidate(new StaticMeterDirectory(meters),
                Duration.ofMinutes(5), 256 * 1024, StreamConfig.DEFAULT_UNKNOWN_METER_HOLD));
    }

    private static <T> void collect(OneInputStreamOperatorTestHarness<InboundUplink, Reading> harness,
                                    org.apache.flink.util.OutputTag<T> tag, List<T> into) {
        if (harness.getSideOutput(tag) != null) {
            harness.getSideOutput(tag).forEach(record -> into.add(record.getValue()));
        }
    }

    private static int storedValues(Sample sample) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM raw_reading WHERE meter_id = ? AND ts = to_timestamp(? / 1000.0)")) {
            statement.setString(1, sample.meter());
            statement.setLong(2, sample.timestamp());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Provide
    Arbitrary<Document> documents() {
        Arbitrary<List<String>> strings = Arbitraries.strings().all().ofMaxLength(40).list().ofSize(16);
        Arbitrary<Document> mixed = Combinators.combine(strings, Arbitraries.longs()).as((texts, seed) -> mixed(new Random(seed), texts));
        Arbitrary<Document> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(600).map(payload -> new Document(payload, List.of()));
        // A document cut short, or nested past the parser's limit, is refused whole: nothing in it is valid.
        Arbitrary<Document> broken = Combinators.combine(mixed, Arbitraries.integers().between(0, 100)).as((document, percent) -> {
            byte[] payload = document.payload();
            return percent == 100 ? new Document(("{\"v\":1,\"readings\":" + "[".repeat(5_000)).getBytes(StandardCharsets.UTF_8), List.of())
                    : new Document(java.util.Arrays.copyOf(payload, payload.length * percent / 100), List.of());
        });
        return Arbitraries.frequencyOf(Tuple.of(8, mixed), Tuple.of(1, bytes), Tuple.of(1, broken));
    }

    private static Document mixed(Random random, List<String> texts) {
        List<Sample> valid = new ArrayList<>();
        List<String> items = new ArrayList<>();
        int samples = random.nextInt(5);
        for (int k = 0; k < samples; k++) {
            Map<String, Double> values = new LinkedHashMap<>();
            List<String> registers = new ArrayList<>(REGISTERS);
            Collections.shuffle(registers, random);
            for (String register : registers.subList(0, 1 + random.nextInt(3))) {
                values.put(register, random.nextBoolean() ? random.nextInt(1_000_000) : random.nextDouble() * 1e6);
            }
            Sample sample = new Sample(METERS.get(random.nextInt(METERS.size())), BASE + k * 900_000L, values);
            valid.add(sample);
            items.add(sample.json());
        }
        int junk = random.nextInt(7);
        for (int j = 0; j < junk; j++) {
            items.add(junkReading(random, texts, j));
        }
        Collections.shuffle(items, random);
        List<String> events = new ArrayList<>();
        for (int e = random.nextInt(3); e > 0; e--) {
            events.add("{\"meter\":" + (random.nextBoolean() ? "\"M-1\"" : quoted(text(random, texts))) + ",\"ts\":\""
                    + Instant.ofEpochMilli(BASE - random.nextInt(1_000_000_000)) + "\",\"code\":"
                    + (random.nextBoolean() ? "\"POWER_DOWN\"" : quoted(text(random, texts))) + ",\"details\":" + randomJson(random, texts, 3) + "}");
        }
        String document = "{\"v\":1," + (random.nextInt(3) == 0 ? quoted(text(random, texts)) + ":" + randomJson(random, texts, 4) + "," : "")
                + "\"readings\":[" + String.join(",", items) + "],\"events\":[" + String.join(",", events) + "]}";
        return new Document(document.getBytes(StandardCharsets.UTF_8), valid);
    }

    /** An item that is wrong in one of the ways a controller, a bug or an attacker would send; never a valid sample's key. */
    private static String junkReading(Random random, List<String> texts, int j) {
        String lateTs = "\"" + Instant.ofEpochMilli(BASE - (j + 1) * 3_600_000L) + "\"";
        return switch (random.nextInt(8)) {
            case 0 -> randomJson(random, texts, 6);
            case 1 -> "{\"meter\":" + quoted(text(random, texts)) + ",\"ts\":" + lateTs + ",\"values\":{\"1.8.0\":1}}";
            case 2 -> "{\"meter\":\"M-1\",\"ts\":" + quoted(text(random, texts)) + ",\"values\":{\"1.8.0\":1}}";
            case 3 -> "{\"meter\":\"M-2\",\"ts\":" + lateTs + ",\"values\":{" + quoted(text(random, texts)) + ":"
                    + randomJson(random, texts, 2) + ",\"1.8.0\":" + quoted(text(random, texts)) + "}}";
            case 4 -> "{\"meter\":\"M-3\",\"ts\":" + lateTs + ",\"values\":{\"1.8.0\":1e999999,\"1.8.1\":"
                    + "123456789012345678901234567890123456789,\"2.8.0\":-5,\"1.8.2\":-0.0}}";
            case 5 -> "{\"meter\":\"M-1\",\"ts\":" + lateTs + ",\"values\":{\"1.8.0\":2}," + quoted(text(random, texts)) + ":"
                    + randomJson(random, texts, 5) + ",\"errors\":" + randomJson(random, texts, 2) + "}";
            case 6 -> {
                int depth = 1 + random.nextInt(900); // the parser's limit is 1,000 levels: a deeper document is refused whole
                yield "[".repeat(depth) + "]".repeat(depth);
            }
            default -> "{\"meter\":\"" + "M".repeat(129 + random.nextInt(5_000)) + "\",\"ts\":" + lateTs + ",\"values\":{\"1.8.0\":1}}";
        };
    }

    private static String randomJson(Random random, List<String> texts, int depth) {
        int kind = depth <= 0 ? random.nextInt(4) : random.nextInt(7);
        return switch (kind) {
            case 0 -> random.nextInt(4) == 0 ? ESCAPES.get(random.nextInt(ESCAPES.size())) : quoted(text(random, texts));
            case 1 -> random.nextBoolean() ? String.valueOf(random.nextLong()) : String.valueOf(random.nextGaussian() * 1e300);
            case 2 -> random.nextBoolean() ? "null" : "true";
            case 3 -> "1" + "0".repeat(random.nextInt(400));
            case 4, 5 -> {
                StringBuilder object = new StringBuilder("{");
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.append(quoted(text(random, texts))).append(':').append(randomJson(random, texts, depth - 1)).append(i > 1 ? "," : "");
                }
                yield object.append('}').toString();
            }
            default -> {
                StringBuilder array = new StringBuilder("[");
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.append(randomJson(random, texts, depth - 1)).append(i > 1 ? "," : "");
                }
                yield array.append(']').toString();
            }
        };
    }

    private static String text(Random random, List<String> texts) {
        return texts.get(random.nextInt(texts.size()));
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
