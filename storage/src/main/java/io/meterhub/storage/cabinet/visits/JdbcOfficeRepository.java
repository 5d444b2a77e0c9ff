package io.meterhub.storage.cabinet.visits;

import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.visits.OfficeHoursRow;
import io.meterhub.cabinet.visits.OfficeRepository;
import io.meterhub.cabinet.visits.OfficeRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** {@link OfficeRepository} over JDBC. */
public final class JdbcOfficeRepository implements OfficeRepository {
    private static final String SELECT = """
            SELECT f.*, o.name AS organization_name, o.time_zone AS organization_time_zone
              FROM office f JOIN organization o ON o.id = f.organization_id
            """;

    private final DataSource dataSource;

    public JdbcOfficeRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<OfficeRow> ofOrganizations(List<String> organizationIds) {
        return Jdbc.withConnection(dataSource, c -> {
            List<Long> ids = Jdbc.list(c, "SELECT id FROM office WHERE organization_id = ANY (?) ORDER BY name, id", r -> r.getLong(1),
                    (Object) organizationIds.toArray(String[]::new));
            List<OfficeRow> offices = new java.util.ArrayList<>();
            for (long id : ids) {
                offices.add(read(c, id).orElseThrow());
            }
            return offices;
        });
    }

    @Override
    public Optional<OfficeRow> byId(long id) {
        return Jdbc.withConnection(dataSource, c -> read(c, id));
    }

    @Override
    public OfficeRow byIdIn(Tx tx, long id) {
        return Jdbc.in(tx, c -> read(c, id)).orElseThrow();
    }

    @Override
    public long save(Tx tx, OfficeRow f, Instant at) {
        long id;
        if (f.id() == 0) {
            id = Jdbc.insert(tx, """
                    INSERT INTO office (organization_id, name, address, slot_minutes, staff_count, latitude, longitude, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                    f.organizationId(), f.name(), f.address(), f.slotMinutes(), f.staffCount(), f.latitude(), f.longitude(), at);
        } else {
            id = f.id();
            Jdbc.update(tx, """
                    UPDATE office SET name = ?, address = ?, slot_minutes = ?, staff_count = ?, latitude = ?, longitude = ?, updated_at = ?
                     WHERE id = ?""", f.name(), f.address(), f.slotMinutes(), f.staffCount(), f.latitude(), f.longitude(), at, id);
            Jdbc.update(tx, "DELETE FROM office_hours WHERE office_id = ?", id);
        }
        for (OfficeHoursRow h : f.hours()) {
            Jdbc.update(tx, "INSERT INTO office_hours (office_id, weekday, opens, closes, break_from, break_to) VALUES (?, ?, ?, ?, ?, ?)",
                    id, h.weekday(), h.opens(), h.closes(), h.breakFrom(), h.breakTo());
        }
        return id;
    }

    private static Optional<OfficeRow> read(java.sql.Connection c, long id) throws SQLException {
        List<OfficeHoursRow> hours = Jdbc.list(c, "SELECT * FROM office_hours WHERE office_id = ? ORDER BY weekday",
                r -> new OfficeHoursRow(r.getInt("weekday"), time(r, "opens"), time(r, "closes"), time(r, "break_from"), time(r, "break_to")), id);
        return Jdbc.one(c, SELECT + " WHERE f.id = ?", r -> new OfficeRow(r.getLong("id"), r.getString("organization_id"),
                r.getString("organization_name"), r.getString("organization_time_zone"), r.getString("name"), r.getString("address"),
                r.getInt("slot_minutes"), r.getInt("staff_count"), nullableDouble(r, "latitude"), nullableDouble(r, "longitude"), hours), id);
    }

    private static LocalTime time(ResultSet r, String column) throws SQLException {
        return r.getObject(column, LocalTime.class);
    }

    private static Double nullableDouble(ResultSet r, String column) throws SQLException {
        double value = r.getDouble(column);
        return r.wasNull() ? null : value;
    }
}
