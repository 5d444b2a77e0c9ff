package io.meterhub.storage.cabinet.coverage;

import io.meterhub.cabinet.coverage.CoverageRepository;
import io.meterhub.cabinet.coverage.GridCompanyRow;
import io.meterhub.cabinet.coverage.NewServiceAreaRow;
import io.meterhub.cabinet.coverage.ServiceAreaRow;
import io.meterhub.cabinet.coverage.SettlementMatchRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.Array;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** {@link CoverageRepository} over JDBC. */
public final class JdbcCoverageRepository implements CoverageRepository {
    private final DataSource dataSource;

    public JdbcCoverageRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<ServiceAreaRow> areas(String organizationId) {
        return Jdbc.list(dataSource, """
                SELECT a.id, a.organization_id, a.position, a.name, a.geometry::text, a.office_name, a.office_address, a.office_lon, a.office_lat,
                       ARRAY(SELECT s.name FROM service_area_settlement s WHERE s.area_id = a.id ORDER BY s.name) AS settlements
                  FROM service_area a WHERE a.organization_id = ? ORDER BY a.position""",
                r -> new ServiceAreaRow(r.getLong(1), r.getString(2), r.getInt(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                        r.getBigDecimal(8), r.getBigDecimal(9), texts(r.getArray(10))), organizationId);
    }

    @Override
    public void replace(String organizationId, List<NewServiceAreaRow> areas, Instant uploadedAt, long uploadedBy) {
        Jdbc.inTransaction(dataSource, c -> {
            Jdbc.update(c, "DELETE FROM service_area WHERE organization_id = ?", organizationId);
            for (NewServiceAreaRow area : areas) {
                long id = Jdbc.insert(c, """
                        INSERT INTO service_area (organization_id, position, name, geometry, office_name, office_address, office_lon, office_lat,
                                                  uploaded_at, uploaded_by)
                        VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?) RETURNING id""",
                        organizationId, area.position(), area.name(), area.geometryJson(), area.officeName(), area.officeAddress(), area.officeLon(),
                        area.officeLat(), uploadedAt, uploadedBy);
                for (NewServiceAreaRow.Settlement settlement : area.settlements()) {
                    Jdbc.update(c, "INSERT INTO service_area_settlement (area_id, name, search_name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                            id, settlement.name(), settlement.searchName());
                }
            }
            return null;
        });
    }

    @Override
    public List<SettlementMatchRow> settlements(String searchName) {
        return Jdbc.list(dataSource, """
                SELECT o.id, o.name, a.id, a.name, s.name, a.office_name, a.office_address, a.office_lon, a.office_lat
                  FROM service_area_settlement s JOIN service_area a ON a.id = s.area_id JOIN organization o ON o.id = a.organization_id
                 WHERE s.search_name = ? ORDER BY o.name, a.position""",
                r -> new SettlementMatchRow(r.getString(1), r.getString(2), r.getLong(3), r.getString(4), r.getString(5), r.getString(6),
                        r.getString(7), r.getBigDecimal(8), r.getBigDecimal(9)), searchName);
    }

    @Override
    public List<GridCompanyRow> gridCompanies() {
        return Jdbc.list(dataSource, "SELECT id, name FROM organization WHERE kind = 'GRID_COMPANY' ORDER BY name, id",
                r -> new GridCompanyRow(r.getString(1), r.getString(2)));
    }

    private static List<String> texts(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
