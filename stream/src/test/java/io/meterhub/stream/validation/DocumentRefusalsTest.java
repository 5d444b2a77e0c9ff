package io.meterhub.stream.validation;

import io.meterhub.storage.telemetry.QuarantinedItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentRefusalsTest {

    @Test
    void ten_thousand_unknown_meters_of_one_document_cost_one_bounded_row_that_carries_the_payload_once() {
        DocumentRefusals refusals = new DocumentRefusals();
        for (int i = 0; i < 10_000; i++) {
            refusals.add("/readings/U-" + i + "@2026-01-01T00:00:00Z", "unknown meter \"U-" + i + "\": it is not registered with any organization",
                    "{\"meter\":\"U-" + i + "\"}");
        }
        refusals.add("/events/0", "unknown event code \"X\"; the contract lists the accepted codes", "{}");
        String payload = "x".repeat(827_000);

        List<QuarantinedItem> rows = refusals.rows("meterhub/v1/CTL/up", 0, "hash", payload);

        assertThat(refusals.count()).isEqualTo(10_001);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).reason()).contains("and 9999 more items", "/readings/U-9@").hasSizeLessThanOrEqualTo(QuarantinedItem.REASON_CHARS + 40);
        assertThat(rows.get(0).item()).startsWith("[{\"meter\":\"U-0\"}");
        assertThat(rows.get(0).payload()).isSameAs(payload);
        assertThat(rows.get(1).payload()).as("the payload is stored once per document").isNull();
        assertThat(rows).allSatisfy(row -> assertThat(row.payloadExcerpt()).hasSizeLessThan(1_100));
        assertThat(rows.get(1).reason()).isEqualTo("unknown event code \"X\"; the contract lists the accepted codes");
    }
}
