package io.meterhub.cabinet.registry;

import java.time.LocalDate;

/**
 * A registered meter.
 *
 * @param id            the telemetry id its controller reports it by
 * @param number        the utility's number of the meter (номер ПУ)
 * @param accountNumber the account (лицевой счёт) it serves, if any
 * @param objectName    the object it serves: a building, a substation feeder, a flat
 * @param removedOn     when it was taken out of service (replaced); null while in service
 */
public record Meter(String id, String controllerId, String number, String model, String serial, int registerDigits, int tariffRegisters,
                    int intervalSeconds, String accountNumber, String objectName, LocalDate installedOn, LocalDate nextVerificationOn,
                    LocalDate removedOn) {
    public boolean inService() {
        return removedOn == null;
    }

    /** The form that edits this meter. */
    public MeterForm form() {
        return new MeterForm(id, controllerId, number, model, serial, registerDigits, tariffRegisters, intervalSeconds, accountNumber, objectName,
                installedOn, nextVerificationOn);
    }
}
