package io.meterhub.stream.anomaly;

import io.meterhub.protocols.anomaly.Severity;
import io.meterhub.protocols.anomaly.AnomalyKind;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceTest {

    @Test
    void numbers_are_plain_and_rounded_texts_escaped_and_json_embedded() {
        String json = Evidence.of().number("kwh", 1.23456789).number("tiny", 0.00001).number("count", 3L)
                .number("nan", Double.NaN).text("note", "a \"quoted\"\nline").time("at", 0).json("details", "{\"a\":1}")
                .json("broken", "not json").toJson();

        assertThat(json).isEqualTo("{\"kwh\":1.2346,\"tiny\":0,\"count\":3,\"nan\":null,\"note\":\"a \\\"quoted\\\"\\nline\","
                + "\"at\":\"1970-01-01T00:00:00Z\",\"details\":{\"a\":1},\"broken\":\"not json\"}");
        assertThat(AnomalyTestSupport.evidence(new Anomaly("M", "O", AnomalyKind.DATA_GAP, 0, null, Severity.LOW, 0, json))
                .get("details").get("a").asInt()).isEqualTo(1);
    }
}
