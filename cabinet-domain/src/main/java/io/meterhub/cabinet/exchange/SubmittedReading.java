package io.meterhub.cabinet.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A reading a customer submitted in the cabinet.
 *
 * @param status ACCEPTED, UNDER_REVIEW or REJECTED
 */
public record SubmittedReading(long id, String accountNumber, String meterSerial, String service, int zone, BigDecimal value, LocalDate takenOn,
                               Instant submittedAt, String status) {
}
