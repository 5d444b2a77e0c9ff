package io.meterhub.cabinet.readings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record NewReading(long accountMeterId, int zone, BigDecimal value, LocalDate takenOn, Instant submittedAt, long submittedBy,
                         String status, String flag, boolean meterReplacement) {
}
