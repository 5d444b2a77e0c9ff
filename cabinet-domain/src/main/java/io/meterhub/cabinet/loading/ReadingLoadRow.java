package io.meterhub.cabinet.loading;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A reading of a file as it is written: of one zone of the meter with this serial on the account of this number, on a day. */
public record ReadingLoadRow(String accountNumber, String serial, int zone, BigDecimal value, LocalDate takenOn) {
}
