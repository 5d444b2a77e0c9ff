package io.meterhub.storage.cabinet.customers;

import io.meterhub.cabinet.customers.ManualEditRepository;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.time.LocalDate;

/** {@link ManualEditRepository} over JDBC. */
public final class JdbcManualEditRepository implements ManualEditRepository {
    private final DataSource dataSource;

    public JdbcManualEditRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void updateAccount(long accountId, String address, LocalDate openedOn) {
        Jdbc.update(dataSource, "UPDATE account SET address = ?, opened_on = ? WHERE id = ?", address, openedOn, accountId);
    }

    @Override
    public void updateMeter(long meterId, String serial, String model, int digits, int decimals, LocalDate nextVerificationOn) {
        Jdbc.update(dataSource, "UPDATE account_meter SET serial = ?, model = ?, digits = ?, decimals = ?, next_verification_on = ? WHERE id = ?",
                serial, model, digits, decimals, nextVerificationOn, meterId);
    }

    @Override
    public boolean serialTaken(long accountId, String serial, long exceptMeterId) {
        return Jdbc.one(dataSource, "SELECT 1 FROM account_meter WHERE account_id = ? AND serial = ? AND id <> ?", r -> true, accountId, serial,
                exceptMeterId).isPresent();
    }
}
