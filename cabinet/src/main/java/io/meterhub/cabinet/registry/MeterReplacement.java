package io.meterhub.cabinet.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.SortedMap;

/** A recorded meter replacement with the final values of the old meter and the initial ones of the new. */
public record MeterReplacement(long id, String oldMeterId, String newMeterId, Instant replacedAt, SortedMap<String, BigDecimal> finalValues,
                               SortedMap<String, BigDecimal> initialValues, String reason) {
}
