package io.meterhub.cabinet.registry;

import java.time.LocalDate;

/** The form that registers or edits a meter; numbers are boxed so that an empty field is named, not defaulted. */
public record MeterForm(String id, String controllerId, String number, String model, String serial, Integer registerDigits,
                        Integer tariffRegisters, Integer intervalSeconds, String accountNumber, String objectName, LocalDate installedOn,
                        LocalDate nextVerificationOn) {
}
