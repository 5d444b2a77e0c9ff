package io.meterhub.cabinet.consumption;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Consumption of one local hour, day or month and one zone. */
public record ChartPoint(LocalDateTime start, int zone, BigDecimal quantity) {
}
