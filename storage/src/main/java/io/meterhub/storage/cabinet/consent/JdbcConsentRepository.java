package io.meterhub.storage.cabinet.consent;

import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.consent.ConsentRepository;
import io.meterhub.cabinet.consent.ConsentRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.Optional;

/** {@link ConsentRepository} over JDBC. */
public final class JdbcConsentRepository implements ConsentRepository {
    private final DataSource dataSource;

    public JdbcConsentRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(Tx tx, long userId, String version, Instant at, String address) {
        Jdbc.update(tx, "INSERT INTO consent (user_id, version, accepted_at, address) VALUES (?, ?, ?, ?)", userId, version, at, address);
    }

    @Override
    public Optional<ConsentRow> latest(long userId) {
        return Jdbc.one(dataSource, "SELECT user_id, version, accepted_at FROM consent WHERE user_id = ? ORDER BY accepted_at DESC, id DESC LIMIT 1",
                r -> new ConsentRow(r.getLong("user_id"), r.getString("version"), Jdbc.instant(r, "accepted_at")), userId);
    }
}
