package io.meterhub.cabinet.customers;

import java.time.LocalDate;

/** A meter's data as staff correct them by hand; {@code nextVerificationOn} may be null (unknown). */
public record MeterEdit(String serial, String model, int digits, int decimals, LocalDate nextVerificationOn) {
}
