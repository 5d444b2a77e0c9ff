package io.meterhub.storage.cabinet.connectionfee;

import io.meterhub.cabinet.connectionfee.FeeOrganizationRow;
import io.meterhub.cabinet.connectionfee.FeeRateRepository;
import io.meterhub.cabinet.connectionfee.FeeRateRow;
import io.meterhub.cabinet.connectionfee.FeeScheduleRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;

/** {@link FeeRateRepository} over JDBC. */
public final class JdbcFeeRateRepository implements FeeRateRepository {
    private final DataSource dataSource;

    public JdbcFeeRateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<FeeScheduleRow> schedule(String organizationId, int year) {
        return Jdbc.one(dataSource, """
                SELECT s.organization_id, o.name, s.year, s.preferential_per_kw, s.preferential_max_kw, s.preferential_max_line_km,
                       s.special_per_kw, s.decision
                  FROM connection_fee_schedule s JOIN organization o ON o.id = s.organization_id
                 WHERE s.organization_id = ? AND s.year = ?""",
                r -> new FeeScheduleRow(r.getString(1), r.getString(2), r.getInt(3), r.getBigDecimal(4), r.getBigDecimal(5), r.getBigDecimal(6),
                        r.getBigDecimal(7), r.getString(8)), organizationId, year);
    }

    @Override
    public Optional<FeeRateRow> rate(String organizationId, int year, String voltageLevel) {
        return Jdbc.one(dataSource, "SELECT voltage_level, per_connection, per_kw, per_km FROM connection_fee_rate "
                        + "WHERE organization_id = ? AND year = ? AND voltage_level = ?",
                r -> new FeeRateRow(r.getString(1), r.getBigDecimal(2), r.getBigDecimal(3), r.getBigDecimal(4)), organizationId, year, voltageLevel);
    }

    @Override
    public List<FeeRateRow> rates(String organizationId, int year) {
        return Jdbc.list(dataSource, "SELECT voltage_level, per_connection, per_kw, per_km FROM connection_fee_rate "
                        + "WHERE organization_id = ? AND year = ? ORDER BY voltage_level",
                r -> new FeeRateRow(r.getString(1), r.getBigDecimal(2), r.getBigDecimal(3), r.getBigDecimal(4)), organizationId, year);
    }

    @Override
    public List<FeeOrganizationRow> organizationsWithRates(int year) {
        return Jdbc.list(dataSource, "SELECT o.id, o.name FROM connection_fee_schedule s JOIN organization o ON o.id = s.organization_id "
                + "WHERE s.year = ? ORDER BY o.name, o.id", r -> new FeeOrganizationRow(r.getString(1), r.getString(2)), year);
    }

    @Override
    public void save(FeeScheduleRow schedule, List<FeeRateRow> rates) {
        Jdbc.inTransaction(dataSource, c -> {
            Jdbc.update(c, "DELETE FROM connection_fee_schedule WHERE organization_id = ? AND year = ?", schedule.organizationId(), schedule.year());
            Jdbc.update(c, """
                    INSERT INTO connection_fee_schedule (organization_id, year, preferential_per_kw, preferential_max_kw, preferential_max_line_km,
                                                         special_per_kw, decision)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", schedule.organizationId(), schedule.year(), schedule.preferentialPerKw(),
                    schedule.preferentialMaxKw(), schedule.preferentialMaxLineKm(), schedule.specialPerKw(), schedule.decision());
            for (FeeRateRow rate : rates) {
                Jdbc.update(c, "INSERT INTO connection_fee_rate (organization_id, year, voltage_level, per_connection, per_kw, per_km) "
                                + "VALUES (?, ?, ?, ?, ?, ?)", schedule.organizationId(), schedule.year(), rate.voltageLevel(), rate.perConnection(),
                        rate.perKw(), rate.perKm());
            }
            return null;
        });
    }

    @Override
    public void runForOrganization(List<String> statements, String organizationId) {
        Jdbc.inTransaction(dataSource, c -> {
            for (String statement : statements) {
                long marks = statement.chars().filter(ch -> ch == '?').count();
                Object[] parameters = new Object[(int) marks];
                java.util.Arrays.fill(parameters, organizationId);
                Jdbc.update(c, statement, parameters);
            }
            return null;
        });
    }
}
