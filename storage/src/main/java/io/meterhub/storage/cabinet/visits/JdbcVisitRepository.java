package io.meterhub.storage.cabinet.visits;

import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.visits.VisitRepository;
import io.meterhub.cabinet.visits.VisitRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link VisitRepository} over JDBC; a slot's capacity is kept by its counter row in {@code visit_slot}. */
public final class JdbcVisitRepository implements VisitRepository {
    private static final String SELECT = """
            SELECT v.*, f.name AS office_name, f.address AS office_address, f.organization_id, o.time_zone AS organization_time_zone,
                   u.display_name AS customer_name, a.number AS account_number
              FROM visit v
              JOIN office f ON f.id = v.office_id
              JOIN organization o ON o.id = f.organization_id
              JOIN app_user u ON u.id = v.customer_user_id
              JOIN account a ON a.id = v.account_id
            """;

    private final DataSource dataSource;

    public JdbcVisitRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean takePlace(Tx tx, long officeId, Instant startsAt, int capacity) {
        // the upsert locks the slot's row; a second taker waits for the first to commit and then sees its count
        return Jdbc.one(tx, """
                INSERT INTO visit_slot (office_id, starts_at, capacity, booked) VALUES (?, ?, ?, 1)
                ON CONFLICT (office_id, starts_at) DO UPDATE SET booked = visit_slot.booked + 1, capacity = EXCLUDED.capacity
                 WHERE visit_slot.booked < EXCLUDED.capacity
                RETURNING booked""", r -> r.getInt(1), officeId, startsAt, capacity).isPresent();
    }

    @Override
    public void releasePlace(Tx tx, long officeId, Instant startsAt) {
        Jdbc.update(tx, "UPDATE visit_slot SET booked = booked - 1 WHERE office_id = ? AND starts_at = ? AND booked > 0", officeId, startsAt);
    }

    @Override
    public Map<Instant, Integer> taken(long officeId, Instant from, Instant to) {
        Map<Instant, Integer> taken = new HashMap<>();
        Jdbc.list(dataSource, "SELECT starts_at, booked FROM visit_slot WHERE office_id = ? AND starts_at >= ? AND starts_at < ?",
                r -> taken.put(Jdbc.instant(r, "starts_at"), r.getInt("booked")), officeId, from, to);
        return taken;
    }

    @Override
    public long create(Tx tx, long officeId, long customerUserId, long accountId, String topic, Instant startsAt, Instant endsAt, Instant bookedAt) {
        return Jdbc.insert(tx, """
                INSERT INTO visit (office_id, customer_user_id, account_id, topic, starts_at, ends_at, status, booked_at)
                VALUES (?, ?, ?, ?, ?, ?, 'BOOKED', ?) RETURNING id""", officeId, customerUserId, accountId, topic, startsAt, endsAt, bookedAt);
    }

    @Override
    public Optional<VisitRow> byId(long id) {
        return Jdbc.one(dataSource, SELECT + " WHERE v.id = ?", JdbcVisitRepository::row, id);
    }

    @Override
    public Optional<VisitRow> lock(Tx tx, long id) {
        Jdbc.one(tx, "SELECT id FROM visit WHERE id = ? FOR UPDATE", r -> r.getLong(1), id);
        return Jdbc.one(tx, SELECT + " WHERE v.id = ?", JdbcVisitRepository::row, id);
    }

    @Override
    public void move(Tx tx, long id, Instant startsAt, Instant endsAt) {
        Jdbc.update(tx, "UPDATE visit SET starts_at = ?, ends_at = ?, reminded_at = NULL WHERE id = ?", startsAt, endsAt, id);
    }

    @Override
    public void mark(Tx tx, long id, String status, Instant at, Long byUserId) {
        String column = switch (status) {
            case "CANCELLED" -> "cancelled_at";
            case "HELD" -> "held_at";
            case "MISSED" -> "missed_at";
            default -> throw new IllegalArgumentException("a visit is not marked " + status);
        };
        Jdbc.update(tx, "UPDATE visit SET status = ?, " + column + " = ?, marked_by = ? WHERE id = ?", status, at, byUserId, id);
    }

    @Override
    public List<VisitRow> ofCustomer(long customerUserId) {
        return Jdbc.list(dataSource, SELECT + " WHERE v.customer_user_id = ? ORDER BY v.starts_at DESC, v.id DESC", JdbcVisitRepository::row,
                customerUserId);
    }

    @Override
    public List<VisitRow> ofOffice(long officeId, Instant from, Instant to) {
        return Jdbc.list(dataSource, SELECT + " WHERE v.office_id = ? AND v.starts_at >= ? AND v.starts_at < ? ORDER BY v.starts_at, v.id",
                JdbcVisitRepository::row, officeId, from, to);
    }

    @Override
    public List<VisitRow> unreminded(Instant from, Instant to) {
        return Jdbc.list(dataSource, SELECT + """
                 WHERE v.status = 'BOOKED' AND v.reminded_at IS NULL AND v.starts_at >= ? AND v.starts_at < ? ORDER BY v.starts_at, v.id""",
                JdbcVisitRepository::row, from, to);
    }

    @Override
    public boolean markReminded(long id, Instant at) {
        return Jdbc.update(dataSource, "UPDATE visit SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL", at, id) == 1;
    }

    private static VisitRow row(ResultSet r) throws SQLException {
        return new VisitRow(r.getLong("id"), r.getLong("office_id"), r.getString("office_name"), r.getString("office_address"),
                r.getString("organization_id"), r.getString("organization_time_zone"), r.getLong("customer_user_id"), r.getString("customer_name"),
                r.getLong("account_id"), r.getString("account_number"), r.getString("topic"), Jdbc.instant(r, "starts_at"),
                Jdbc.instant(r, "ends_at"), r.getString("status"), Jdbc.instant(r, "booked_at"), Jdbc.instant(r, "cancelled_at"),
                Jdbc.instant(r, "held_at"), Jdbc.instant(r, "missed_at"), Jdbc.instant(r, "reminded_at"),
                Jdbc.nullableLong(r, "marked_by"));
    }
}
