package io.meterhub.cabinet.aiis;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored interval of a register: its energy, exact, and whether it may be used in settlements. */
public record StoredInterval(Instant start, Instant end, BigDecimal energy, boolean commercial) {
}
