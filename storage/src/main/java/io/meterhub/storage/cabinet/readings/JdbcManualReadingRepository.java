package io.meterhub.storage.cabinet.readings;

import io.meterhub.cabinet.readings.FlaggedReadingRow;
import io.meterhub.cabinet.readings.ManualReadingRepository;
import io.meterhub.cabinet.readings.NewReading;
import io.meterhub.cabinet.readings.ReadingRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** {@link ManualReadingRepository} over JDBC. */
public final class JdbcManualReadingRepository implements ManualReadingRepository {
    private static final String COLUMNS = "r.id, r.account_meter_id, r.zone, r.value, r.taken_on, r.submitted_at, r.submitted_by, r.status, "
            + "r.flag, r.reason, r.reviewed_by, r.reviewed_at, r.meter_replacement";
    private static final String READING = "SELECT " + COLUMNS + " FROM manual_reading r ";
    private static final String LAST = " ORDER BY r.taken_on DESC, r.id DESC LIMIT 1";

    private final DataSource dataSource;

    public JdbcManualReadingRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<ReadingRow> reading(long id) {
        return Jdbc.one(dataSource, READING + "WHERE r.id = ?", JdbcManualReadingRepository::reading, id);
    }

    @Override
    public Optional<ReadingRow> lastAccepted(long meterId, int zone) {
        return Jdbc.one(dataSource, READING + "WHERE r.account_meter_id = ? AND r.zone = ? AND r.status = 'ACCEPTED'" + LAST,
                JdbcManualReadingRepository::reading, meterId, zone);
    }

    @Override
    public Optional<ReadingRow> lastAcceptedBefore(long meterId, int zone, LocalDate day) {
        return Jdbc.one(dataSource, READING + "WHERE r.account_meter_id = ? AND r.zone = ? AND r.status = 'ACCEPTED' AND r.taken_on < ?" + LAST,
                JdbcManualReadingRepository::reading, meterId, zone, day);
    }

    @Override
    public List<ReadingRow> accepted(long meterId, int zone) {
        return Jdbc.list(dataSource, READING + "WHERE r.account_meter_id = ? AND r.zone = ? AND r.status = 'ACCEPTED' ORDER BY r.taken_on, r.id",
                JdbcManualReadingRepository::reading, meterId, zone);
    }

    @Override
    public List<ReadingRow> history(long meterId) {
        return Jdbc.list(dataSource, READING + "WHERE r.account_meter_id = ? ORDER BY r.taken_on DESC, r.id DESC, r.zone",
                JdbcManualReadingRepository::reading, meterId);
    }

    @Override
    public List<Long> insertAll(List<NewReading> readings, boolean clearReplacementConfirmation) {
        return Jdbc.inTransaction(dataSource, connection -> {
            List<Long> ids = new java.util.ArrayList<>();
            for (NewReading r : readings) {
                ids.add(Jdbc.insert(connection, "INSERT INTO manual_reading (account_meter_id, zone, value, taken_on, submitted_at, submitted_by, "
                                + "status, flag, meter_replacement) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                        r.accountMeterId(), r.zone(), r.value(), r.takenOn(), r.submittedAt(), r.submittedBy(), r.status(), r.flag(),
                        r.meterReplacement()));
            }
            if (clearReplacementConfirmation && !readings.isEmpty()) {
                Jdbc.update(connection, "UPDATE account_meter SET replacement_confirmed_by = NULL, replacement_confirmed_at = NULL WHERE id = ?",
                        readings.get(0).accountMeterId());
            }
            return ids;
        });
    }

    @Override
    public List<FlaggedReadingRow> underReview(String organizationId) {
        return Jdbc.list(dataSource, "SELECT " + COLUMNS + ", a.id AS account_id, a.number, m.serial, m.service_code FROM manual_reading r "
                        + "JOIN account_meter m ON m.id = r.account_meter_id JOIN account a ON a.id = m.account_id "
                        + "WHERE r.status = 'UNDER_REVIEW' AND a.organization_id = ? ORDER BY r.submitted_at, r.id",
                row -> new FlaggedReadingRow(reading(row), row.getLong("account_id"), row.getString("number"), row.getString("serial"),
                        row.getString("service_code")), organizationId);
    }

    @Override
    public boolean decide(long readingId, String status, String reason, long reviewerId, Instant at) {
        return Jdbc.update(dataSource, "UPDATE manual_reading SET status = ?, reason = ?, reviewed_by = ?, reviewed_at = ? "
                + "WHERE id = ? AND status = 'UNDER_REVIEW'", status, reason, reviewerId, at, readingId) == 1;
    }

    private static ReadingRow reading(ResultSet r) throws SQLException {
        return new ReadingRow(r.getLong("id"), r.getLong("account_meter_id"), r.getInt("zone"), r.getBigDecimal("value"), Jdbc.date(r, "taken_on"),
                Jdbc.instant(r, "submitted_at"), Jdbc.nullableLong(r, "submitted_by"), r.getString("status"), r.getString("flag"),
                r.getString("reason"), Jdbc.nullableLong(r, "reviewed_by"), Jdbc.instant(r, "reviewed_at"), r.getBoolean("meter_replacement"));
    }
}
