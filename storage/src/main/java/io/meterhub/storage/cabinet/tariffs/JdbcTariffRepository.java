package io.meterhub.storage.cabinet.tariffs;

import io.meterhub.cabinet.tariffs.TariffRepository;
import io.meterhub.cabinet.tariffs.TariffRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** {@link TariffRepository} over JDBC. */
public final class JdbcTariffRepository implements TariffRepository {
    private static final String TARIFF = "SELECT id, organization_id, service_code, zone, price, valid_from, valid_to FROM tariff ";
    private final DataSource dataSource;

    public JdbcTariffRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<TariffRow> overlapping(String organizationId, String serviceCode, int zone, LocalDate from, LocalDate toExclusive) {
        return Jdbc.list(dataSource, TARIFF + "WHERE organization_id = ? AND service_code = ? AND zone = ? AND valid_from < ? "
                        + "AND (valid_to IS NULL OR valid_to > ?) ORDER BY valid_from", JdbcTariffRepository::tariff,
                organizationId, serviceCode, zone, toExclusive, from);
    }

    @Override
    public List<TariffRow> ofOrganization(String organizationId) {
        return Jdbc.list(dataSource, TARIFF + "WHERE organization_id = ? ORDER BY service_code, zone, valid_from", JdbcTariffRepository::tariff, organizationId);
    }

    @Override
    public long add(String organizationId, String serviceCode, int zone, BigDecimal price, LocalDate validFrom) {
        return Jdbc.inTransaction(dataSource, connection -> {
            Jdbc.update(connection, "UPDATE tariff SET valid_to = ? WHERE organization_id = ? AND service_code = ? AND zone = ? "
                    + "AND valid_from < ? AND (valid_to IS NULL OR valid_to > ?)", validFrom, organizationId, serviceCode, zone, validFrom, validFrom);
            LocalDate nextStart = Jdbc.one(connection, "SELECT min(valid_from) FROM tariff WHERE organization_id = ? AND service_code = ? "
                    + "AND zone = ? AND valid_from > ?", row -> Jdbc.date(row, "min"), organizationId, serviceCode, zone, validFrom).orElse(null);
            return Jdbc.insert(connection, "INSERT INTO tariff (organization_id, service_code, zone, price, valid_from, valid_to) "
                    + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id", organizationId, serviceCode, zone, price, validFrom, nextStart);
        });
    }

    private static TariffRow tariff(ResultSet r) throws SQLException {
        return new TariffRow(r.getLong(1), r.getString(2), r.getString(3), r.getInt(4), r.getBigDecimal(5), Jdbc.date(r, "valid_from"),
                Jdbc.date(r, "valid_to"));
    }
}
