package io.meterhub.storage.cabinet.organizations;

import io.meterhub.cabinet.organizations.BilledServiceRow;
import io.meterhub.cabinet.organizations.OrganizationProfileRow;
import io.meterhub.cabinet.organizations.OrganizationRepository;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@link OrganizationRepository} over JDBC. */
public final class JdbcOrganizationRepository implements OrganizationRepository {
    private static final String PROFILE = "SELECT id, parent_id, name, kind, time_zone, zone_schedule, legal_name, inn, kpp, ogrn, address, "
            + "phone, email, website, bank_name, bic, correspondent_account, settlement_account, window_first_day, window_last_day "
            + "FROM organization ";
    private final DataSource dataSource;

    public JdbcOrganizationRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<OrganizationProfileRow> profile(String id) {
        return Jdbc.one(dataSource, PROFILE + "WHERE id = ?", JdbcOrganizationRepository::profile, id);
    }

    @Override
    public List<OrganizationProfileRow> children(String parentId) {
        return Jdbc.list(dataSource, PROFILE + "WHERE parent_id = ? ORDER BY name, id", JdbcOrganizationRepository::profile, parentId);
    }

    @Override
    public boolean isWithin(String descendantId, String ancestorId) {
        return Jdbc.one(dataSource, """
                WITH RECURSIVE up(id, parent_id) AS (
                    SELECT id, parent_id FROM organization WHERE id = ?
                    UNION ALL SELECT o.id, o.parent_id FROM organization o JOIN up ON o.id = up.parent_id)
                SELECT count(*) > 0 FROM up WHERE id = ?""", r -> r.getBoolean(1), descendantId, ancestorId).orElse(false);
    }

    @Override
    public boolean create(OrganizationProfileRow o) {
        return Jdbc.update(dataSource, """
                INSERT INTO organization (id, parent_id, name, kind, time_zone, zone_schedule, legal_name, inn, kpp, ogrn, address, phone,
                                          email, website, bank_name, bic, correspondent_account, settlement_account, window_first_day,
                                          window_last_day)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                o.id(), o.parentId(), o.name(), o.kind(), o.timeZone(), o.zoneSchedule(), o.legalName(), o.inn(), o.kpp(), o.ogrn(),
                o.address(), o.phone(), o.email(), o.website(), o.bankName(), o.bic(), o.correspondentAccount(), o.settlementAccount(),
                o.windowFirstDay(), o.windowLastDay()) == 1;
    }

    @Override
    public void update(OrganizationProfileRow o) {
        Jdbc.update(dataSource, """
                UPDATE organization SET name = ?, time_zone = ?, zone_schedule = ?, legal_name = ?, inn = ?, kpp = ?, ogrn = ?, address = ?,
                       phone = ?, email = ?, website = ?, bank_name = ?, bic = ?, correspondent_account = ?, settlement_account = ?,
                       window_first_day = ?, window_last_day = ?
                WHERE id = ?""",
                o.name(), o.timeZone(), o.zoneSchedule(), o.legalName(), o.inn(), o.kpp(), o.ogrn(), o.address(), o.phone(), o.email(),
                o.website(), o.bankName(), o.bic(), o.correspondentAccount(), o.settlementAccount(), o.windowFirstDay(), o.windowLastDay(),
                o.id());
    }

    @Override
    public List<BilledServiceRow> billedServices(String organizationId) {
        return Jdbc.list(dataSource, "SELECT service_code, window_first_day, window_last_day FROM organization_service WHERE organization_id = ? "
                + "ORDER BY service_code", r -> new BilledServiceRow(r.getString(1), (Integer) r.getObject(2), (Integer) r.getObject(3)),
                organizationId);
    }

    @Override
    public void setBilledServices(String organizationId, List<BilledServiceRow> services) {
        Jdbc.inTransaction(dataSource, c -> {
            Jdbc.update(c, "DELETE FROM organization_service WHERE organization_id = ?", organizationId);
            for (BilledServiceRow s : services) {
                Jdbc.update(c, "INSERT INTO organization_service (organization_id, service_code, window_first_day, window_last_day) "
                        + "VALUES (?, ?, ?, ?)", organizationId, s.serviceCode(), s.windowFirstDay(), s.windowLastDay());
            }
            return null;
        });
    }

    private static OrganizationProfileRow profile(ResultSet r) throws SQLException {
        return new OrganizationProfileRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getString(12), r.getString(13),
                r.getString(14), r.getString(15), r.getString(16), r.getString(17), r.getString(18), r.getInt(19), r.getInt(20));
    }
}
