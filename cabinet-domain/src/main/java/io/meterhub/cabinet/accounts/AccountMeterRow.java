package io.meterhub.cabinet.accounts;

import java.time.LocalDate;

/** @param telemetryMeterId the smart meter's id in telemetry, null for a plain meter */
public record AccountMeterRow(long id, long accountId, String serviceCode, String serial, String model, int zones, int digits,
                              int decimals, String telemetryMeterId, LocalDate installedOn, LocalDate removedOn,
                              Long replacementConfirmedBy) {
    public boolean smart() {
        return telemetryMeterId != null;
    }
}
