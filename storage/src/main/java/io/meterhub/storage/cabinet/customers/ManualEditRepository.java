package io.meterhub.storage.cabinet.customers;

import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.time.LocalDate;

/** The control panel's edits by hand of an account and a meter (readings and charges go through their own repositories). */
public final class ManualEditRepository {
    private final DataSource dataSource;

    public ManualEditRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void updateAccount(long accountId, String address, LocalDate openedOn) {
        Jdbc.update(dataSource, "UPDATE account SET address = ?, opened_on = ? WHERE id = ?", address, openedOn, accountId);
    }

    public void updateMeter(long meterId, String serial, String model, int digits, int decimals, LocalDate nextVerificationOn) {
        Jdbc.update(dataSource, "UPDATE account_meter SET serial = ?, model = ?, digits = ?, decimals = ?, next_verification_on = ? WHERE id = ?",
                serial, model, digits, decimals, nextVerificationOn, meterId);
    }

    /** Another meter of the account already has this serial. */
    public boolean serialTaken(long accountId, String serial, long exceptMeterId) {
        return Jdbc.one(dataSource, "SELECT 1 FROM account_meter WHERE account_id = ? AND serial = ? AND id <> ?", r -> true, accountId, serial,
                exceptMeterId).isPresent();
    }
}
