package io.meterhub.protocols.telemetry;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TelemetryCodecTest {
    private final TelemetryCodec codec = new TelemetryCodec();

    private DecodedUplink decode(String json) {
        return codec.decode(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void an_encoded_document_decodes_to_the_same_readings_and_events() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("1.8.0", 12345.678);
        values.put("1.8.1", 5000.125);
        long ts = Instant.parse("2026-11-23T09:45:00Z").toEpochMilli();
        UplinkDocument document = new UplinkDocument("CTL-1", 7, ts + 5_000,
                List.of(new UplinkDocument.Sample("M-1", ts, values)),
                List.of(new MeterEvent("M-1", ts, EventCode.COVER_OPEN, "{\"seal\":\"broken\"}")));

        DecodedUplink decoded = codec.decode(codec.encode(document));

        assertThat(decoded.rejections()).isEmpty();
        assertThat(decoded.readings()).containsExactly(new Reading("M-1", "1.8.0", ts, 12345.678), new Reading("M-1", "1.8.1", ts, 5000.125));
        assertThat(decoded.events()).containsExactly(new MeterEvent("M-1", ts, EventCode.COVER_OPEN, "{\"seal\":\"broken\"}"));
    }

    @Test
    void a_document_that_is_not_json_is_rejected_whole_with_its_payload() {
        DecodedUplink decoded = decode("{\"v\":1, \"readings\": [");

        assertThat(decoded.readings()).isEmpty();
        assertThat(decoded.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.pointer()).isEmpty();
            assertThat(rejection.reason()).startsWith("not valid JSON");
            assertThat(rejection.item()).isEqualTo("{\"v\":1, \"readings\": [");
        });
    }

    @Test
    void an_unknown_contract_version_is_rejected_with_the_expected_one_named() {
        DecodedUplink decoded = decode("{\"v\":2,\"readings\":[]}");

        assertThat(decoded.rejections()).singleElement().extracting(Rejection::reason)
                .isEqualTo("unsupported contract version 2, expected \"v\": 1");
    }

    @Test
    void one_bad_value_is_rejected_and_every_valid_value_of_the_document_is_kept() {
        DecodedUplink decoded = decode("""
                {"v":1,"unknown_field":{"ignored":true},"readings":[
                  {"meter":"M-1","ts":"2026-11-23T10:00:00Z","values":{"1.8.0":10.5,"1.8.1":"abc","1.8.2":-3,"32.7.0":-1.5}},
                  {"meter":"M-2","ts":"2026-11-23T10:00:00+04:00","values":{"1.8.0":7}},
                  {"meter":"","ts":"2026-11-23T10:00:00Z","values":{"1.8.0":7}},
                  {"meter":"M-3","ts":"yesterday","values":{"1.8.0":7}},
                  {"meter":"M-4","ts":1795420800000,"values":{"1.8.0":8,"1.8":9}}
                ]}""");

        assertThat(decoded.readings()).extracting(Reading::meterId, Reading::obis, Reading::value).containsExactly(
                tuple("M-1", "1.8.0", 10.5), tuple("M-1", "32.7.0", -1.5), tuple("M-2", "1.8.0", 7.0), tuple("M-4", "1.8.0", 8.0));
        assertThat(decoded.readings().get(2).timestamp()).isEqualTo(Instant.parse("2026-11-23T06:00:00Z").toEpochMilli());
        assertThat(decoded.rejections()).extracting(Rejection::pointer, Rejection::reason).containsExactly(
                tuple("/readings/0/values/1.8.1", "the value of 1.8.1 must be a number, got \"abc\""),
                tuple("/readings/0/values/1.8.2", "the energy register 1.8.2 cannot be negative, got -3"),
                tuple("/readings/2", "\"meter\" must be a non-empty string"),
                tuple("/readings/3", "\"ts\" is not an ISO-8601 instant such as 2026-11-23T10:15:00Z: yesterday"),
                tuple("/readings/4/values/1.8", "\"1.8\" is not an OBIS register code of the form C.D.E (for example 1.8.0)"));
    }

    @Test
    void an_unknown_event_code_is_rejected_and_known_events_are_kept() {
        DecodedUplink decoded = decode("""
                {"v":1,"events":[
                  {"meter":"M-1","ts":"2026-11-23T10:00:00Z","code":"ALIENS"},
                  {"meter":"M-1","ts":"2026-11-23T10:01:00Z","code":"MAGNETIC_FIELD","details":{"mT":120}}
                ]}""");

        assertThat(decoded.events()).extracting(MeterEvent::code).containsExactly(EventCode.MAGNETIC_FIELD);
        assertThat(decoded.rejections()).singleElement().extracting(Rejection::pointer, Rejection::reason)
                .containsExactly("/events/0", "unknown event code \"ALIENS\"; the contract lists the accepted codes");
    }

    @Test
    void a_controller_reported_read_error_is_rejected_per_register() {
        DecodedUplink decoded = decode("""
                {"v":1,"readings":[{"meter":"M-1","ts":"2026-11-23T10:00:00Z","values":{"1.8.0":1},
                  "errors":{"2.8.0":"Modbus exception 2 (illegal data address)"}}]}""");

        assertThat(decoded.readings()).hasSize(1);
        assertThat(decoded.rejections()).singleElement().extracting(Rejection::reason)
                .isEqualTo("the controller could not read register 2.8.0: Modbus exception 2 (illegal data address)");
    }

    @Test
    void a_meter_id_with_a_nul_or_a_newline_is_refused_and_the_other_readings_are_kept() {
        String json = "{\"v\":1,\"readings\":[{\"meter\":\"M-0001-001\\u0000\",\"ts\":\"2026-01-01T00:00:00Z\",\"values\":{\"1.8.0\":1}},"
                + "{\"meter\":\"M-2\\nforged log line\",\"ts\":\"2026-01-01T00:00:00Z\",\"values\":{\"1.8.0\":1}},"
                + "{\"meter\":\"M-3\",\"ts\":\"2026-01-01T00:00:00Z\",\"values\":{\"1.8.0\":1}}]}";

        DecodedUplink decoded = new TelemetryCodec().decode(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        org.assertj.core.api.Assertions.assertThat(decoded.readings()).extracting(Reading::meterId).containsExactly("M-3");
        org.assertj.core.api.Assertions.assertThat(decoded.rejections()).extracting(Rejection::reason).containsExactly(
                "\"meter\" M-0001-001\\u0000 holds a control character; a meter id is printable text",
                "\"meter\" M-2\\nforged log line holds a control character; a meter id is printable text");
    }

    @Test
    void an_unpaired_surrogate_is_refused_in_a_meter_id_and_replaced_in_event_details_so_the_item_can_be_written_again() {
        String json = "{\"v\":1,\"readings\":[{\"meter\":\"M-\\ud800\",\"ts\":\"2026-01-01T00:00:00Z\",\"values\":{\"1.8.0\":1}}],"
                + "\"events\":[{\"meter\":\"M-3\",\"ts\":\"2026-01-01T00:00:00Z\",\"code\":\"POWER_DOWN\",\"details\":{\"note\":\"a\\ud800b\"}}]}";
        TelemetryCodec codec = new TelemetryCodec();

        DecodedUplink decoded = codec.decode(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        org.assertj.core.api.Assertions.assertThat(decoded.readings()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(decoded.rejections()).extracting(Rejection::reason).containsExactly(
                "\"meter\" M-\ufffd is not well-formed Unicode (an unpaired surrogate, shown as U+FFFD)");
        MeterEvent event = decoded.events().get(0);
        org.assertj.core.api.Assertions.assertThat(event.details()).isEqualTo("{\"note\":\"a\ufffdb\"}");
        // The event encodes again: a held event is stored as a document of its own.
        byte[] again = codec.encode(new UplinkDocument("CTL", 0, 0, java.util.List.of(), java.util.List.of(event)));
        org.assertj.core.api.Assertions.assertThat(codec.decode(again).events()).containsExactly(event);
    }

    @Test
    void interval_energy_travels_as_an_exact_decimal_and_decodes_to_the_same_intervals() {
        long start = Instant.parse("2026-11-22T21:00:00Z").toEpochMilli();
        IntervalEnergy interval = new IntervalEnergy("M-1", "3.8.0", start, start + 1_800_000, new java.math.BigDecimal("0.1"), false);

        DecodedUplink decoded = codec.decode(codec.encode(new UplinkDocument("CTL-1", 1, start, List.of(), List.of(), List.of(interval))));

        assertThat(decoded.rejections()).isEmpty();
        assertThat(decoded.intervals()).containsExactly(interval);
    }

    @Test
    void a_bad_interval_is_rejected_with_its_reason_and_the_others_are_kept() {
        DecodedUplink decoded = decode("""
                {"v":1,"intervals":[
                  {"meter":"M-1","register":"1.8.0","start":"2026-11-22T21:00:00Z","end":"2026-11-22T21:30:00Z","energy":120,"extra":1},
                  {"meter":"M-1","register":"1.8.1","start":"2026-11-22T21:00:00Z","end":"2026-11-22T21:30:00Z","energy":"1"},
                  {"meter":"M-1","register":"1.8.0","start":"2026-11-22T21:30:00Z","end":"2026-11-22T21:30:00Z","energy":"1"},
                  {"meter":"M-1","register":"1.8.0","start":"2026-11-22T21:30:00Z","end":"2026-11-22T22:00:00Z","energy":"-1"},
                  {"meter":"M-1","register":"1.8.0","start":"2026-11-22T21:30:00Z","end":"2026-11-22T22:00:00Z","energy":"0.0000001"},
                  {"meter":"M-1","register":"1.8.0","start":"2026-11-22T21:30:00Z","end":"2026-11-22T22:00:00Z","energy":"118,5"},
                  {"meter":"M-1","register":"2.8.0","start":"2026-11-22T21:30:00+03:00","end":"2026-11-22T22:00:00+03:00","energy":"118.50"}
                ]}""");

        assertThat(decoded.intervals()).extracting(IntervalEnergy::energy)
                .containsExactly(new java.math.BigDecimal("120"), new java.math.BigDecimal("118.5"));
        assertThat(decoded.rejections()).extracting(Rejection::pointer)
                .containsExactly("/intervals/1", "/intervals/2", "/intervals/3", "/intervals/4", "/intervals/5");
        assertThat(decoded.rejections().get(0).reason()).startsWith("\"register\" must be one of the total energy registers");
    }
}
