package io.meterhub.storage.cabinet.powercalculator;

import io.meterhub.cabinet.powercalculator.PowerFactorRepository;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link PowerFactorRepository} over JDBC. */
public final class JdbcPowerFactorRepository implements PowerFactorRepository {
    private final DataSource dataSource;

    public JdbcPowerFactorRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Map<String, BigDecimal> factors(String organizationId) {
        Map<String, BigDecimal> factors = new LinkedHashMap<>();
        Jdbc.list(dataSource, "SELECT device_type, factor FROM power_factor WHERE organization_id = ? ORDER BY device_type",
                r -> factors.put(r.getString(1), r.getBigDecimal(2)), organizationId);
        return factors;
    }

    @Override
    public void save(String organizationId, String deviceType, BigDecimal factor) {
        Jdbc.update(dataSource, """
                INSERT INTO power_factor (organization_id, device_type, factor) VALUES (?, ?, ?)
                ON CONFLICT (organization_id, device_type) DO UPDATE SET factor = excluded.factor""", organizationId, deviceType, factor);
    }
}
