package io.meterhub.storage.cabinet.loading;

import io.meterhub.cabinet.loading.ExportRepository;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@link ExportRepository} over JDBC. */
public final class JdbcExportRepository implements ExportRepository {
    private final DataSource dataSource;

    public JdbcExportRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<List<String>> customerReadings(String organizationId, LocalDate from, LocalDate to) {
        return Jdbc.list(dataSource, """
                SELECT a.number, a.address, m.service_code, m.serial, r.zone::text, replace(trim_scale(r.value)::text, '.', ','),
                       to_char(r.taken_on, 'DD.MM.YYYY'), to_char(r.submitted_at AT TIME ZONE o.time_zone, 'DD.MM.YYYY HH24:MI')
                FROM manual_reading r JOIN account_meter m ON m.id = r.account_meter_id JOIN account a ON a.id = m.account_id
                JOIN organization o ON o.id = a.organization_id JOIN app_user u ON u.id = r.submitted_by
                WHERE a.organization_id = ? AND r.status = 'ACCEPTED' AND u.role = 'CUSTOMER' AND r.taken_on BETWEEN ? AND ?
                ORDER BY a.number, m.serial, r.zone, r.taken_on""", JdbcExportRepository::texts, organizationId, from, to);
    }

    @Override
    public List<List<String>> payments(String organizationId, LocalDate from, LocalDate to) {
        return Jdbc.list(dataSource, """
                SELECT to_char(p.completed_at AT TIME ZONE o.time_zone, 'DD.MM.YYYY HH24:MI'), a.number, pa.service_code, replace(pa.amount::text, '.', ','),
                       p.id::text, p.provider, coalesce(p.provider_payment_id, '')
                FROM payment_allocation pa JOIN payment p ON p.id = pa.payment_id JOIN account a ON a.id = pa.account_id
                JOIN organization o ON o.id = pa.organization_id
                WHERE pa.organization_id = ? AND p.status = 'SUCCEEDED'
                  AND (p.completed_at AT TIME ZONE o.time_zone)::date BETWEEN ? AND ?
                ORDER BY p.completed_at, p.id, a.number, pa.service_code""", JdbcExportRepository::texts, organizationId, from, to);
    }

    @Override
    public List<List<String>> registry(String organizationId) {
        return Jdbc.list(dataSource, """
                SELECT a.number, c.full_name, a.address, coalesce(m.service_code, ''), coalesce(m.serial, ''), coalesce(m.model, ''),
                       coalesce(m.zones::text, ''), coalesce(to_char(m.installed_on, 'DD.MM.YYYY'), ''),
                       coalesce(to_char(m.next_verification_on, 'DD.MM.YYYY'), ''),
                       coalesce(m.telemetry_meter_id, '')
                FROM account a JOIN customer c ON c.id = a.holder_id
                LEFT JOIN account_meter m ON m.account_id = a.id AND m.removed_on IS NULL
                WHERE a.organization_id = ? ORDER BY a.number, m.serial""", JdbcExportRepository::texts, organizationId);
    }

    private static List<String> texts(ResultSet r) throws SQLException {
        int columns = r.getMetaData().getColumnCount();
        List<String> row = new ArrayList<>(columns);
        for (int i = 1; i <= columns; i++) {
            String value = r.getString(i);
            row.add(value == null ? "" : value);
        }
        return row;
    }
}
