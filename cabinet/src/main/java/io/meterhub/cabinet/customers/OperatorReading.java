package io.meterhub.cabinet.customers;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A reading an operator enters (from a paper form, a phone call, a visit): accepted as it is, whatever the window. */
public record OperatorReading(int zone, BigDecimal value, LocalDate takenOn) {
}
