package io.meterhub.cabinet.registry;

import java.time.Instant;

/** A meter replacement; the register values are JSON objects by OBIS code. */
public record ReplacementRow(long id, String organizationId, String oldMeterId, String newMeterId, Instant replacedAt, String finalValues,
                             String initialValues, Long replacedBy, String reason) {
}
