package io.meterhub.stream.validation;

import io.meterhub.ingest.mqtt.InboundUplink;
import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.protocols.telemetry.Reading;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.protocols.telemetry.TelemetryCodec;
import io.meterhub.storage.telemetry.HeldReading;
import io.meterhub.storage.telemetry.QuarantinedItem;
import io.meterhub.storage.telemetry.TelemetryWriter;
import io.meterhub.stream.Outputs;
import io.meterhub.stream.StreamConfig;
import io.meterhub.testkit.TestServices;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecodeAndValidateTest {
    private static final MeterInfo METER = new MeterInfo("M-1", "ORG", ZoneId.of("Europe/Samara"),
            TariffZoneSchedule.threeZoneDefault(), 6, 0, 900);
    private static final MeterInfo WIRED = new MeterInfo("M-2", "ORG", ZoneId.of("Europe/Samara"),
            TariffZoneSchedule.threeZoneDefault(), 6, 0, 900, "CTL-1");

    private static OneInputStreamOperatorTestHarness<InboundUplink, Reading> harness(int maxDocumentBytes) throws Exception {
        return ProcessFunctionTestHarnesses.forProcessFunction(
                new DecodeAndValidate(new StaticMeterDirectory(List.of(METER, WIRED)), Duration.ofMinutes(5), maxDocumentBytes,
                        StreamConfig.DEFAULT_UNKNOWN_METER_HOLD));
    }

    private static void send(OneInputStreamOperatorTestHarness<InboundUplink, Reading> harness, String json) throws Exception {
        send(harness, "CTL-1", json);
    }

    private static void send(OneInputStreamOperatorTestHarness<InboundUplink, Reading> harness, String controller, String json) throws Exception {
        harness.processElement(new StreamRecord<>(new InboundUplink("meterhub/v1/" + controller + "/up", json.getBytes(StandardCharsets.UTF_8),
                System.currentTimeMillis(), 1, 1), 0));
    }

    private static List<QuarantinedItem> quarantined(OneInputStreamOperatorTestHarness<InboundUplink, Reading> harness) {
        List<QuarantinedItem> rows = new ArrayList<>();
        if (harness.getSideOutput(Outputs.QUARANTINE) != null) {
            harness.getSideOutput(Outputs.QUARANTINE).forEach(record -> rows.add(record.getValue()));
        }
        return rows;
    }

    @Test
    void a_nul_in_a_meter_id_is_quarantined_and_stored_and_the_valid_reading_of_the_document_goes_on() throws Exception {
        try (var harness = harness(StreamConfig.DEFAULT_MAX_DOCUMENT_BYTES)) {
            send(harness, "{\"v\":1,\"readings\":[{\"meter\":\"M-0001-001\\u0000\",\"ts\":\"2026-01-01T00:00:00Z\",\"values\":{\"1.8.0\":1}},"
                    + "{\"meter\":\"M-1\",\"ts\":\"2026-01-01T00:00:00Z\",\"values\":{\"1.8.0\":7.5}}]}");

            assertThat(harness.extractOutputValues()).extracting(Reading::meterId, Reading::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("M-1", 7.5));
            List<QuarantinedItem> rows = quarantined(harness);
            assertThat(rows).singleElement().satisfies(row -> assertThat(row.reason()).contains("holds a control character"));

            // The row that once made the quarantine sink fail at every restart is stored.
            String url = TestServices.freshDatabase("decode-nul");
            try (Database database = Database.open(StorageConfig.of(url));
                 Connection connection = Database.connect(StorageConfig.of(url))) {
                assertThat(TelemetryWriter.writeQuarantine(connection, rows)).isEqualTo(1);
                try (Statement statement = connection.createStatement();
                     ResultSet stored = statement.executeQuery("SELECT q.reason, p.payload FROM quarantine q "
                             + "JOIN quarantine_payload p USING (payload_sha256)")) {
                    assertThat(stored.next()).isTrue();
                    assertThat(stored.getString(1)).contains("M-0001-001\\u0000");
                    assertThat(stored.getString(2)).contains("\"M-1\"");
                }
            }
        }
    }

    @Test
    void a_document_over_the_size_limit_is_quarantined_whole_with_its_size_in_the_reason() throws Exception {
        try (var harness = harness(2_048)) {
            String big = "{\"v\":1,\"readings\":[" + "{\"meter\":\"M-1\",\"ts\":\"2026-01-01T00:00:00Z\",\"values\":{\"1.8.0\":1}},".repeat(60)
                    + "{\"meter\":\"M-1\",\"ts\":\"2026-01-01T00:15:00Z\",\"values\":{\"1.8.0\":2}}]}";
            send(harness, big);

            assertThat(harness.extractOutputValues()).isEmpty();
            assertThat(quarantined(harness)).singleElement().satisfies(row -> {
                assertThat(row.reason()).startsWith("the document is " + big.length() + " bytes, over the limit of 2048 bytes");
                assertThat(row.payload()).isEqualTo(big);
            });
        }
    }

    @Test
    void a_sample_of_an_unregistered_meter_is_held_as_a_document_of_its_own_and_quarantined_as_held() throws Exception {
        try (var harness = harness(StreamConfig.DEFAULT_MAX_DOCUMENT_BYTES)) {
            send(harness, "{\"v\":1,\"readings\":[{\"meter\":\"M-NEW\",\"ts\":\"2026-01-01T00:00:00Z\",\"values\":{\"1.8.0\":5,\"1.8.1\":3}},"
                    + "{\"meter\":\"M-1\",\"ts\":\"2026-01-01T00:00:00Z\",\"values\":{\"1.8.0\":7.5}}],"
                    + "\"events\":[{\"meter\":\"M-NEW\",\"ts\":\"2026-01-01T00:05:00Z\",\"code\":\"POWER_DOWN\",\"details\":{}}]}");

            assertThat(harness.extractOutputValues()).extracting(Reading::meterId).containsExactly("M-1");
            List<HeldReading> held = new ArrayList<>();
            harness.getSideOutput(Outputs.HELD).forEach(record -> held.add(record.getValue()));
            assertThat(held).extracting(HeldReading::meterId, HeldReading::topic)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("M-NEW", "meterhub/v1/CTL-1/up"),
                            org.assertj.core.groups.Tuple.tuple("M-NEW", "meterhub/v1/CTL-1/up"));
            // Each held document decodes to exactly the item that waits: nothing else is replayed with it.
            var sample = new TelemetryCodec().decode(held.get(0).document().getBytes(StandardCharsets.UTF_8));
            assertThat(sample.rejections()).isEmpty();
            assertThat(sample.readings()).extracting(Reading::obis, Reading::value)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("1.8.0", 5.0), org.assertj.core.groups.Tuple.tuple("1.8.1", 3.0));
            var event = new TelemetryCodec().decode(held.get(1).document().getBytes(StandardCharsets.UTF_8));
            assertThat(event.readings()).isEmpty();
            assertThat(event.events()).extracting(e -> e.code().name()).containsExactly("POWER_DOWN");
            assertThat(quarantined(harness)).singleElement()
                    .satisfies(row -> assertThat(row.reason()).contains("unknown meter \"M-NEW\"").contains("held, waiting for registration"));
        }
    }

    @Test
    void a_reading_of_a_meter_on_another_controllers_topic_is_quarantined_with_both_controllers_named() throws Exception {
        try (var harness = harness(StreamConfig.DEFAULT_MAX_DOCUMENT_BYTES)) {
            String reading = "{\"v\":1,\"readings\":[{\"meter\":\"M-2\",\"ts\":\"2026-01-01T00:00:00Z\",\"values\":{\"1.8.0\":5}}]}";
            send(harness, "CTL-9", reading);
            assertThat(harness.extractOutputValues()).isEmpty();
            assertThat(quarantined(harness)).singleElement().satisfies(row -> assertThat(row.reason())
                    .isEqualTo("meter \"M-2\" belongs to controller \"CTL-1\", but arrived on the topic of controller \"CTL-9\""));

            send(harness, "CTL-1", reading);
            assertThat(harness.extractOutputValues()).extracting(Reading::meterId).containsExactly("M-2");
        }
    }
}
