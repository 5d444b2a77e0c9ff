package io.meterhub.cabinet.readings;


import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** @param flag null unless the reading went to review; @param reason the reviewer's reason, shown to the customer */
public record ReadingView(long id, long accountMeterId, int zone, BigDecimal value, LocalDate takenOn, ReadingStatus status, ReadingFlag flag,
                          String reason, boolean meterReplacement, Instant submittedAt) {
    static ReadingView of(ReadingRow row) {
        return new ReadingView(row.id(), row.accountMeterId(), row.zone(), row.value(), row.takenOn(), ReadingStatus.valueOf(row.status()),
                row.flag() == null ? null : ReadingFlag.valueOf(row.flag()), row.reason(), row.meterReplacement(), row.submittedAt());
    }
}
