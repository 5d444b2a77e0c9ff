package io.meterhub.cabinet.connectionfee;

import io.meterhub.storage.cabinet.connectionfee.JdbcFeeRateRepository;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.util.List;

/**
 * The rates the cabinet's fee and connection tests compute against, set as an organization sets them:
 * the preferential fee up to 15 kW within 0.3 km, 1000 rub per kW for the special categories, standardized
 * rates at 0.4 kV for 2025 to 2026 and at 6-10 kV for 2026; 2027 has the preferential fee alone.
 */
public final class FeeRates {
    private FeeRates() {
    }

    public static void seed(DataSource dataSource, String organizationId) {
        FeeRateRepository rates = new JdbcFeeRateRepository(dataSource);
        rates.save(schedule(organizationId, 2025, "5000.00"), List.of(rate("LV_0_4", "25000.00", "9500.00", "1450000.00")));
        rates.save(schedule(organizationId, 2026, "5423.11"), List.of(rate("LV_0_4", "26500.00", "10070.55", "1537000.00"),
                rate("MV_6_10", "47700.00", "8692.00", "2438000.00")));
        rates.save(schedule(organizationId, 2027, "5800.00"), List.of());
    }

    private static FeeScheduleRow schedule(String organizationId, int year, String preferentialPerKw) {
        return new FeeScheduleRow(organizationId, null, year, new BigDecimal(preferentialPerKw), new BigDecimal("15"), new BigDecimal("0.3"),
                new BigDecimal("1000.00"), "Решение о ставках на " + year + " год");
    }

    private static FeeRateRow rate(String voltage, String perConnection, String perKw, String perKm) {
        return new FeeRateRow(voltage, new BigDecimal(perConnection), new BigDecimal(perKw), new BigDecimal(perKm));
    }
}
