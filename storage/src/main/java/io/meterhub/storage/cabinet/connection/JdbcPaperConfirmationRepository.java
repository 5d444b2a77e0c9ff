package io.meterhub.storage.cabinet.connection;

import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.connection.PaperConfirmationRepository;
import io.meterhub.cabinet.connection.PaperConfirmationRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.Optional;

/** {@link PaperConfirmationRepository} over JDBC. */
public final class JdbcPaperConfirmationRepository implements PaperConfirmationRepository {
    private final DataSource dataSource;

    public JdbcPaperConfirmationRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void request(Tx tx, long applicationId, long requestedBy, Instant at) {
        Jdbc.update(tx, "INSERT INTO paper_confirmation (application_id, requested_by, requested_at) VALUES (?, ?, ?)", applicationId, requestedBy, at);
    }

    @Override
    public Optional<PaperConfirmationRow> of(long applicationId) {
        return Jdbc.one(dataSource, "SELECT application_id, requested_by, requested_at, confirmed_at FROM paper_confirmation WHERE application_id = ?",
                r -> new PaperConfirmationRow(r.getLong(1), r.getLong(2), Jdbc.instant(r, "requested_at"), Jdbc.instant(r, "confirmed_at")),
                applicationId);
    }

    @Override
    public boolean confirm(long applicationId, Instant at) {
        return Jdbc.update(dataSource, "UPDATE paper_confirmation SET confirmed_at = ? WHERE application_id = ? AND confirmed_at IS NULL", at,
                applicationId) == 1;
    }
}
