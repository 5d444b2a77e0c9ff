package io.meterhub.cabinet.customers;

import java.time.LocalDate;

/** A meter of an account with what the control panel edits by hand, the next verification date included. */
public record CardMeterRow(long id, long accountId, String serviceCode, String serial, String model, int zones, int digits, int decimals,
                           LocalDate nextVerificationOn, LocalDate installedOn, LocalDate removedOn) {
}
