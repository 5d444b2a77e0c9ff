package io.meterhub.cabinet.accounts;

import java.math.BigDecimal;
import java.time.LocalDate;

public record LastReading(int zone, BigDecimal value, LocalDate takenOn) {
}
