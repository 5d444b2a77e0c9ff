package io.meterhub.storage.cabinet.registry;

import io.meterhub.cabinet.registry.ControllerRow;
import io.meterhub.cabinet.registry.MeterRow;
import io.meterhub.cabinet.registry.RegistryRepository;
import io.meterhub.cabinet.registry.ReplacementRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** {@link RegistryRepository} over JDBC. */
public final class JdbcRegistryRepository implements RegistryRepository {
    private static final String CONTROLLER = """
            SELECT c.id, c.organization_id, c.protocol, c.description, c.modbus_host, c.modbus_port, c.modbus_unit_id, c.modbus_profile,
                   c.poll_interval_seconds, c.mqtt_issued_at, c.mqtt_rotated_at,
                   (SELECT count(*) FROM meter m WHERE m.controller_id = c.id AND m.removed_on IS NULL) AS meters
            FROM controller c
            """;
    private static final String METER = """
            SELECT m.id, m.organization_id, m.controller_id, m.number, m.model, m.serial, m.register_digits, m.tariff_registers,
                   m.interval_seconds, m.account_id, a.number AS account_number, m.object_name, m.installed_on, m.next_verification_on,
                   m.removed_on
            FROM meter m LEFT JOIN account a ON a.id = m.account_id
            """;
    private static final String CONTROLLER_MATCH = "c.organization_id = ? AND (?::text IS NULL OR c.id ILIKE ? OR c.description ILIKE ? "
            + "OR c.modbus_host ILIKE ?) ";
    private static final String METER_MATCH = "m.organization_id = ? AND (?::text IS NULL OR m.id ILIKE ? OR m.number ILIKE ? "
            + "OR m.serial ILIKE ? OR m.controller_id ILIKE ? OR a.number ILIKE ? OR m.object_name ILIKE ?) ";
    private final DataSource dataSource;

    public JdbcRegistryRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<ControllerRow> controllers(String organizationId, String text, int offset, int limit) {
        return Jdbc.list(dataSource, CONTROLLER + "WHERE " + CONTROLLER_MATCH + "ORDER BY c.id LIMIT ? OFFSET ?", JdbcRegistryRepository::controller,
                controllerParameters(organizationId, text, limit, offset));
    }

    @Override
    public long countControllers(String organizationId, String text) {
        return Jdbc.one(dataSource, "SELECT count(*) FROM controller c WHERE " + CONTROLLER_MATCH, r -> r.getLong(1),
                controllerParameters(organizationId, text)).orElse(0L);
    }

    @Override
    public Optional<ControllerRow> controller(String id) {
        return Jdbc.one(dataSource, CONTROLLER + "WHERE c.id = ?", JdbcRegistryRepository::controller, id);
    }

    @Override
    public boolean createController(ControllerRow c) {
        return Jdbc.update(dataSource, """
                INSERT INTO controller (id, organization_id, protocol, description, modbus_host, modbus_port, modbus_unit_id, modbus_profile,
                                        poll_interval_seconds)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                c.id(), c.organizationId(), c.protocol(), c.description(), c.modbusHost(), c.modbusPort(), c.modbusUnitId(), c.modbusProfile(),
                c.pollIntervalSeconds()) == 1;
    }

    @Override
    public void setPasswordHash(String controllerId, String hash, Instant at, boolean rotation) {
        Jdbc.update(dataSource, rotation
                ? "UPDATE controller SET mqtt_password_hash = ?, mqtt_rotated_at = ? WHERE id = ?"
                : "UPDATE controller SET mqtt_password_hash = ?, mqtt_issued_at = ?, mqtt_rotated_at = NULL WHERE id = ?", hash, at, controllerId);
    }

    @Override
    public List<String> passwordFileLines(String organizationId) {
        return Jdbc.list(dataSource, "SELECT id || ':' || mqtt_password_hash FROM controller WHERE organization_id = ? "
                + "AND mqtt_password_hash IS NOT NULL ORDER BY id", r -> r.getString(1), organizationId);
    }

    @Override
    public List<String> meterIdsOf(String controllerId) {
        return Jdbc.list(dataSource, "SELECT id FROM meter WHERE controller_id = ? AND removed_on IS NULL ORDER BY id", r -> r.getString(1),
                controllerId);
    }

    @Override
    public List<MeterRow> meters(String organizationId, String text, int offset, int limit) {
        return Jdbc.list(dataSource, METER + "WHERE " + METER_MATCH + "ORDER BY m.removed_on IS NOT NULL, m.id LIMIT ? OFFSET ?",
                JdbcRegistryRepository::meter, meterParameters(organizationId, text, limit, offset));
    }

    @Override
    public long countMeters(String organizationId, String text) {
        return Jdbc.one(dataSource, "SELECT count(*) FROM meter m LEFT JOIN account a ON a.id = m.account_id WHERE " + METER_MATCH,
                r -> r.getLong(1), meterParameters(organizationId, text)).orElse(0L);
    }

    /**
     * Up to {@code limit} meters of the organization after the id {@code afterId} (null: from the first), by id, only those of the
     * controller when it is given: a page that stays right while meters are added, unlike an offset.
     */
    @Override
    public List<MeterRow> metersAfter(List<String> organizationIds, String controllerId, String afterId, int limit) {
        return Jdbc.list(dataSource, METER + "WHERE m.organization_id = ANY (?) AND (?::text IS NULL OR m.controller_id = ?) "
                + "AND (?::text IS NULL OR m.id > ?) ORDER BY m.id LIMIT ?", JdbcRegistryRepository::meter,
                organizationIds.toArray(String[]::new), controllerId, controllerId, afterId, afterId, limit);
    }

    @Override
    public List<ControllerRow> controllersAfter(List<String> organizationIds, String afterId, int limit) {
        return Jdbc.list(dataSource, CONTROLLER + "WHERE c.organization_id = ANY (?) AND (?::text IS NULL OR c.id > ?) ORDER BY c.id LIMIT ?",
                JdbcRegistryRepository::controller, organizationIds.toArray(String[]::new), afterId, afterId, limit);
    }

    @Override
    public void updateController(ControllerRow c) {
        Jdbc.update(dataSource, """
                UPDATE controller SET description = ?, modbus_host = ?, modbus_port = ?, modbus_unit_id = ?, modbus_profile = ?,
                                      poll_interval_seconds = ?
                WHERE id = ?""", c.description(), c.modbusHost(), c.modbusPort(), c.modbusUnitId(), c.modbusProfile(), c.pollIntervalSeconds(),
                c.id());
    }

    @Override
    public Optional<MeterRow> meter(String id) {
        return Jdbc.one(dataSource, METER + "WHERE m.id = ?", JdbcRegistryRepository::meter, id);
    }

    @Override
    public Optional<Long> accountId(String organizationId, String accountNumber) {
        return Jdbc.one(dataSource, "SELECT id FROM account WHERE organization_id = ? AND number = ?", r -> r.getLong(1), organizationId,
                accountNumber);
    }

    @Override
    public boolean numberTaken(String organizationId, String number, String exceptMeterId) {
        return Jdbc.one(dataSource, "SELECT count(*) > 0 FROM meter WHERE organization_id = ? AND number = ? AND id <> ?", r -> r.getBoolean(1),
                organizationId, number, exceptMeterId == null ? "" : exceptMeterId).orElse(false);
    }

    @Override
    public boolean createMeter(MeterRow m) {
        return Jdbc.inTransaction(dataSource, c -> insertMeter(c, m));
    }

    @Override
    public void updateMeter(MeterRow m) {
        Jdbc.inTransaction(dataSource, c -> {
            Jdbc.update(c, """
                    UPDATE meter SET controller_id = ?, number = ?, model = ?, serial = ?, register_digits = ?, tariff_registers = ?,
                           interval_seconds = ?, account_id = ?, object_name = ?, installed_on = ?, next_verification_on = ?
                    WHERE id = ?""", m.controllerId(), m.number(), m.model(), m.serial(), m.registerDigits(), m.tariffRegisters(),
                    m.intervalSeconds(), m.accountId(), m.objectName(), m.installedOn(), m.nextVerificationOn(), m.id());
            syncAccountMeter(c, m);
            return null;
        });
    }

    @Override
    public boolean replace(ReplacementRow replacement, MeterRow newMeter, LocalDate removedOn) {
        return Jdbc.inTransaction(dataSource, c -> {
            if (!insertMeter(c, newMeter)) {
                // nothing written yet (the insert is the first statement): no rollback, which would also undo a joined caller's work
                return false;
            }
            Jdbc.update(c, "UPDATE meter SET removed_on = ? WHERE id = ?", removedOn, replacement.oldMeterId());
            Jdbc.update(c, """
                    INSERT INTO meter_replacement (organization_id, old_meter_id, new_meter_id, replaced_at, final_values, initial_values,
                                                   replaced_by, reason)
                    VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)""", replacement.organizationId(), replacement.oldMeterId(),
                    replacement.newMeterId(), replacement.replacedAt(), replacement.finalValues(), replacement.initialValues(),
                    replacement.replacedBy(), replacement.reason());
            return true;
        });
    }

    @Override
    public List<ReplacementRow> replacements(String meterId) {
        return Jdbc.list(dataSource, """
                SELECT id, organization_id, old_meter_id, new_meter_id, replaced_at, final_values::text, initial_values::text, replaced_by, reason
                FROM meter_replacement WHERE old_meter_id = ? OR new_meter_id = ? ORDER BY replaced_at DESC, id DESC""",
                r -> new ReplacementRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), Jdbc.instant(r, "replaced_at"),
                        r.getString(6), r.getString(7), Jdbc.nullableLong(r, "replaced_by"), r.getString(9)), meterId, meterId);
    }

    private static boolean insertMeter(Connection c, MeterRow m) throws SQLException {
        boolean inserted = Jdbc.update(c, """
                INSERT INTO meter (id, organization_id, controller_id, number, model, serial, register_digits, tariff_registers,
                                   interval_seconds, account_id, object_name, installed_on, next_verification_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                m.id(), m.organizationId(), m.controllerId(), m.number(), m.model(), m.serial(), m.registerDigits(), m.tariffRegisters(),
                m.intervalSeconds(), m.accountId(), m.objectName(), m.installedOn(), m.nextVerificationOn()) == 1;
        if (inserted) {
            syncAccountMeter(c, m);
        }
        return inserted;
    }

    /**
     * The cabinet's side of a telemetry meter: on the account it serves, the account's electricity meter of the
     * same serial becomes this telemetry meter (made if the account has none), so its customer sees its
     * consumption at once; another account it served before lets it go. Zones and digits are the cabinet's
     * ranges (1..3 billing zones, 4..9 digits) nearest to the registers'. Every account meter of it shows the
     * same verification date.
     */
    private static void syncAccountMeter(Connection c, MeterRow m) throws SQLException {
        if (m.accountId() != null) {
            Jdbc.update(c, "UPDATE account_meter SET telemetry_meter_id = NULL WHERE telemetry_meter_id = ? AND account_id <> ?", m.id(),
                    m.accountId());
            Jdbc.update(c, """
                    INSERT INTO account_meter (account_id, service_code, serial, model, zones, digits, decimals, telemetry_meter_id, installed_on)
                    VALUES (?, 'ELECTRICITY', coalesce(?, ?), ?, least(greatest(?, 1), 3), least(greatest(?, 4), 9), 1, ?, coalesce(?, current_date))
                    ON CONFLICT (account_id, serial) DO UPDATE SET telemetry_meter_id = excluded.telemetry_meter_id, model = excluded.model""",
                    m.accountId(), m.serial(), m.number(), m.model(), m.tariffRegisters(), m.registerDigits(), m.id(), m.installedOn());
            Jdbc.update(c, "INSERT INTO account_service (account_id, service_code) VALUES (?, 'ELECTRICITY') ON CONFLICT DO NOTHING", m.accountId());
        }
        Jdbc.update(c, "UPDATE account_meter SET next_verification_on = ? WHERE telemetry_meter_id = ?", m.nextVerificationOn(), m.id());
    }

    private static Object[] controllerParameters(String organizationId, String text, Object... more) {
        String like = like(text);
        Object[] head = {organizationId, like, like, like, like};
        return concat(head, more);
    }

    private static Object[] meterParameters(String organizationId, String text, Object... more) {
        String like = like(text);
        Object[] head = {organizationId, like, like, like, like, like, like, like};
        return concat(head, more);
    }

    private static Object[] concat(Object[] head, Object[] more) {
        Object[] all = java.util.Arrays.copyOf(head, head.length + more.length);
        System.arraycopy(more, 0, all, head.length, more.length);
        return all;
    }

    private static String like(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static ControllerRow controller(ResultSet r) throws SQLException {
        return new ControllerRow(r.getString("id"), r.getString("organization_id"), r.getString("protocol"), r.getString("description"),
                r.getString("modbus_host"), (Integer) r.getObject("modbus_port"), (Integer) r.getObject("modbus_unit_id"),
                r.getString("modbus_profile"), (Integer) r.getObject("poll_interval_seconds"), Jdbc.instant(r, "mqtt_issued_at"),
                Jdbc.instant(r, "mqtt_rotated_at"), r.getInt("meters"));
    }

    private static MeterRow meter(ResultSet r) throws SQLException {
        return new MeterRow(r.getString("id"), r.getString("organization_id"), r.getString("controller_id"), r.getString("number"),
                r.getString("model"), r.getString("serial"), r.getInt("register_digits"), r.getInt("tariff_registers"),
                r.getInt("interval_seconds"), Jdbc.nullableLong(r, "account_id"), r.getString("account_number"), r.getString("object_name"),
                Jdbc.date(r, "installed_on"), Jdbc.date(r, "next_verification_on"), Jdbc.date(r, "removed_on"));
    }
}
