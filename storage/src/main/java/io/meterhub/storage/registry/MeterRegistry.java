package io.meterhub.storage.registry;

import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.meter.TariffZoneSchedule;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Organizations, controllers and meters: the registry the pipeline validates against. */
public final class MeterRegistry {
    private final DataSource dataSource;

    public MeterRegistry(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void saveOrganization(Organization organization) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement sql = connection.prepareStatement(
                     "INSERT INTO organization (id, name, kind, time_zone, zone_schedule) VALUES (?, ?, ?, ?, ?) "
                             + "ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, "
                             + "time_zone = EXCLUDED.time_zone, zone_schedule = EXCLUDED.zone_schedule")) {
            sql.setString(1, organization.id());
            sql.setString(2, organization.name());
            sql.setString(3, organization.kind());
            sql.setString(4, organization.timeZone().getId());
            sql.setString(5, organization.zoneSchedule());
            sql.executeUpdate();
        }
    }

    public void saveController(String id, String organizationId, String protocol, String description) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement sql = connection.prepareStatement(
                     "INSERT INTO controller (id, organization_id, protocol, description) VALUES (?, ?, ?, ?) "
                             + "ON CONFLICT (id) DO UPDATE SET organization_id = EXCLUDED.organization_id, "
                             + "protocol = EXCLUDED.protocol, description = EXCLUDED.description")) {
            sql.setString(1, id);
            sql.setString(2, organizationId);
            sql.setString(3, protocol);
            sql.setString(4, description);
            sql.executeUpdate();
        }
    }

    public void saveMeters(List<MeterRegistration> meters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement sql = connection.prepareStatement(
                     "INSERT INTO meter (id, organization_id, controller_id, model, serial, register_digits, tariff_registers, interval_seconds) "
                             + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET organization_id = EXCLUDED.organization_id, "
                             + "controller_id = EXCLUDED.controller_id, model = EXCLUDED.model, serial = EXCLUDED.serial, "
                             + "register_digits = EXCLUDED.register_digits, tariff_registers = EXCLUDED.tariff_registers, "
                             + "interval_seconds = EXCLUDED.interval_seconds")) {
            for (MeterRegistration meter : meters) {
                MeterInfo info = meter.info();
                sql.setString(1, info.meterId());
                sql.setString(2, info.organizationId());
                sql.setString(3, meter.controllerId());
                sql.setString(4, meter.model());
                sql.setString(5, meter.serial());
                sql.setInt(6, info.registerDigits());
                sql.setInt(7, info.tariffRegisters());
                sql.setInt(8, info.intervalSeconds());
                sql.addBatch();
            }
            sql.executeBatch();
        }
    }

    /** Every registered meter with its organization's calendar and zones. */
    public Map<String, MeterInfo> loadMeterInfos() throws SQLException {
        Map<String, MeterInfo> meters = new HashMap<>();
        Map<String, TariffZoneSchedule> schedules = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement sql = connection.prepareStatement(
                     "SELECT m.id, m.organization_id, o.time_zone, o.zone_schedule, m.register_digits, m.tariff_registers, m.interval_seconds, m.controller_id "
                             + "FROM meter m JOIN organization o ON o.id = m.organization_id");
             ResultSet rows = sql.executeQuery()) {
            while (rows.next()) {
                TariffZoneSchedule schedule = schedules.computeIfAbsent(rows.getString(4), TariffZoneSchedule::parse);
                meters.put(rows.getString(1), new MeterInfo(rows.getString(1), rows.getString(2), ZoneId.of(rows.getString(3)),
                        schedule, rows.getInt(5), rows.getInt(6), rows.getInt(7), rows.getString(8)));
            }
        }
        return meters;
    }
}
