package io.meterhub.storage.cabinet.registry;

import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Controllers, meters and replacements of one organization. Every write to {@code meter} fires the
 * trigger of migration V13 ({@code NOTIFY meter_registry_changed}) when it commits, so the running
 * pipeline reads the registry again and replays the held readings of a meter registered here.
 */
public final class RegistryRepository {
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

    public RegistryRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A page of the organization's controllers matching the text (id, description, host), by id. */
    public List<ControllerRow> controllers(String organizationId, String text, int offset, int limit) {
        return Jdbc.list(dataSource, CONTROLLER + "WHERE " + CONTROLLER_MATCH + "ORDER BY c.id LIMIT ? OFFSET ?", RegistryRepository::controller,
                controllerParameters(organizationId, text, limit, offset));
    }

    public long countControllers(String organizationId, String text) {
        return Jdbc.one(dataSource, "SELECT count(*) FROM controller c WHERE " + CONTROLLER_MATCH, r -> r.getLong(1),
                controllerParameters(organizationId, text)).orElse(0L);
    }

    public Optional<ControllerRow> controller(String id) {
        return Jdbc.one(dataSource, CONTROLLER + "WHERE c.id = ?", RegistryRepository::controller, id);
    }

    /** Inserts a controller; false when the id is taken (by any organization: it is the broker user name). */
    public boolean createController(ControllerRow c) {
        return Jdbc.update(dataSource, """
                INSERT INTO controller (id, organization_id, protocol, description, modbus_host, modbus_port, modbus_unit_id, modbus_profile,
                                        poll_interval_seconds)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                c.id(), c.organizationId(), c.protocol(), c.description(), c.modbusHost(), c.modbusPort(), c.modbusUnitId(), c.modbusProfile(),
                c.pollIntervalSeconds()) == 1;
    }

    /** Replaces the controller's broker password hash: the previous one stops logging in. */
    public void setPasswordHash(String controllerId, String hash, Instant at, boolean rotation) {
        Jdbc.update(dataSource, rotation
                ? "UPDATE controller SET mqtt_password_hash = ?, mqtt_rotated_at = ? WHERE id = ?"
                : "UPDATE controller SET mqtt_password_hash = ?, mqtt_issued_at = ?, mqtt_rotated_at = NULL WHERE id = ?", hash, at, controllerId);
    }

    /** {@code user:hash} lines of the organization's controllers that hold a password, for a Mosquitto password file. */
    public List<String> passwordFileLines(String organizationId) {
        return Jdbc.list(dataSource, "SELECT id || ':' || mqtt_password_hash FROM controller WHERE organization_id = ? "
                + "AND mqtt_password_hash IS NOT NULL ORDER BY id", r -> r.getString(1), organizationId);
    }

    /** The ids of the meters in service that report through the controller. */
    public List<String> meterIdsOf(String controllerId) {
        return Jdbc.list(dataSource, "SELECT id FROM meter WHERE controller_id = ? AND removed_on IS NULL ORDER BY id", r -> r.getString(1),
                controllerId);
    }

    /** A page of the organization's meters matching the text (id, number, serial, controller, account, object), in service first. */
    public List<MeterRow> meters(String organizationId, String text, int offset, int limit) {
        return Jdbc.list(dataSource, METER + "WHERE " + METER_MATCH + "ORDER BY m.removed_on IS NOT NULL, m.id LIMIT ? OFFSET ?",
                RegistryRepository::meter, meterParameters(organizationId, text, limit, offset));
    }

    public long countMeters(String organizationId, String text) {
        return Jdbc.one(dataSource, "SELECT count(*) FROM meter m LEFT JOIN account a ON a.id = m.account_id WHERE " + METER_MATCH,
                r -> r.getLong(1), meterParameters(organizationId, text)).orElse(0L);
    }

    /**
     * Up to {@code limit} meters of the organization after the id {@code afterId} (null: from the first), by id, only those of the
     * controller when it is given: a page that stays right while meters are added, unlike an offset.
     */
    public List<MeterRow> metersAfter(String organizationId, String controllerId, String afterId, int limit) {
        return Jdbc.list(dataSource, METER + "WHERE m.organization_id = ? AND (?::text IS NULL OR m.controller_id = ?) "
                + "AND (?::text IS NULL OR m.id > ?) ORDER BY m.id LIMIT ?", RegistryRepository::meter,
                organizationId, controllerId, controllerId, afterId, afterId, limit);
    }

    public Optional<MeterRow> meter(String id) {
        return Jdbc.one(dataSource, METER + "WHERE m.id = ?", RegistryRepository::meter, id);
    }

    /** The id of the organization's account with this number. */
    public Optional<Long> accountId(String organizationId, String accountNumber) {
        return Jdbc.one(dataSource, "SELECT id FROM account WHERE organization_id = ? AND number = ?", r -> r.getLong(1), organizationId,
                accountNumber);
    }

    /** Whether another meter of the organization already has this number. */
    public boolean numberTaken(String organizationId, String number, String exceptMeterId) {
        return Jdbc.one(dataSource, "SELECT count(*) > 0 FROM meter WHERE organization_id = ? AND number = ? AND id <> ?", r -> r.getBoolean(1),
                organizationId, number, exceptMeterId == null ? "" : exceptMeterId).orElse(false);
    }

    /** Inserts a meter; false when the id is taken. */
    public boolean createMeter(MeterRow m) {
        return Jdbc.inTransaction(dataSource, c -> insertMeter(c, m));
    }

    /** Writes every field of the meter but its id and organization. */
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

    /**
     * Takes the old meter out of service and puts the new one in, with the replacement's values, in
     * one transaction; false (and nothing written) when the new meter's id is taken.
     */
    public boolean replace(ReplacementRow replacement, MeterRow newMeter, LocalDate removedOn) {
        return Jdbc.inTransaction(dataSource, c -> {
            if (!insertMeter(c, newMeter)) {
                c.rollback();
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

    /** The replacements the meter took part in, as the old or the new one, newest first. */
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

    /** The cabinet's meter of an account that is this telemetry meter shows the same verification date. */
    private static void syncAccountMeter(Connection c, MeterRow m) throws SQLException {
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
