package io.meterhub.cabinet.loading;

import java.time.LocalDate;

/** A meter of a file as it is written: the meter by its serial on the account of this number. */
public record MeterLoadRow(String accountNumber, String service, String serial, String model, int zones, int digits, int decimals,
                           LocalDate installedOn, LocalDate nextVerificationOn, String telemetryMeterId) {
}
