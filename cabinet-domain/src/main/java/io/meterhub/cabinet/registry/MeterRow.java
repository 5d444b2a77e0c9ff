package io.meterhub.cabinet.registry;

import java.time.LocalDate;

/** A telemetry meter with what the utility's documents say of it; {@code accountNumber} is read, not written. */
public record MeterRow(String id, String organizationId, String controllerId, String number, String model, String serial, int registerDigits,
                       int tariffRegisters, int intervalSeconds, Long accountId, String accountNumber, String objectName, LocalDate installedOn,
                       LocalDate nextVerificationOn, LocalDate removedOn) {
}
