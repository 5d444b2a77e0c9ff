package io.meterhub.cabinet.readings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record ReadingRow(long id, long accountMeterId, int zone, BigDecimal value, LocalDate takenOn, Instant submittedAt, Long submittedBy,
                         String status, String flag, String reason, Long reviewedBy, Instant reviewedAt, boolean meterReplacement) {
}
