package io.meterhub.demo;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.connectionfee.ConnectionFeeCalculator;
import io.meterhub.cabinet.connectionfee.FeeBreakdown;
import io.meterhub.cabinet.connectionfee.FeeRateRepository;
import io.meterhub.cabinet.connectionfee.FeeRateRow;
import io.meterhub.cabinet.connectionfee.FeeRequest;
import io.meterhub.cabinet.connectionfee.FeeScheduleRow;
import io.meterhub.cabinet.connectionfee.OrganizationRef;
import io.meterhub.cabinet.connectionfee.VoltageLevel;
import io.meterhub.storage.cabinet.connectionfee.JdbcFeeRateRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's grid company can be asked for a fee in every year the demo covers; the housing utility cannot. */
class DemoFeeRatesTest {
    private static Fixture fixture;
    private static ConnectionFeeCalculator calculator;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("demo_fee_rates");
        new CabinetSeeder(fixture.dataSource, Clock.systemUTC()).seed("DEMO_GRID", List.of());
        calculator = new ConnectionFeeCalculator(new JdbcFeeRateRepository(fixture.dataSource));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void the_seeded_grid_company_has_rates_for_2025_to_2027() {
        for (int year = 2025; year <= 2027; year++) {
            assertThat(calculator.organizationsWithRates(year)).containsExactly(new OrganizationRef("DEMO_GRID", "Волжская сетевая компания"));
            FeeBreakdown fee = calculator.calculate("DEMO_GRID", year,
                    new FeeRequest(ApplicantCategory.LEGAL_ENTITY, new BigDecimal("1000"), null, VoltageLevel.HV_110, new BigDecimal("2"), false));
            assertThat(fee.lines()).hasSize(3);
            assertThat(fee.total()).isPositive();
        }
        assertThat(calculator.organizationsWithRates(2028)).isEmpty();
        assertThat(calculator.decision("DEMO_GRID", 2026)).hasValueSatisfying(d -> assertThat(d).startsWith("Демонстрационные ставки на 2026 год"));
    }

    @Test
    void the_script_gives_the_rates_it_states() {
        // 15 kW near the grid in 2026: the preferential 5 423.11 rub per kW of demo-fee-rates.sql
        FeeRequest house = new FeeRequest(ApplicantCategory.INDIVIDUAL, new BigDecimal("15"), null, VoltageLevel.LV_0_4, null, false);
        assertThat(calculator.calculate("DEMO_GRID", 2026, house).total()).isEqualByComparingTo("81346.65");
    }

    @Test
    void seeding_again_keeps_what_the_organization_set() {
        try (Fixture own = Fixture.open("demo_fee_rates_kept")) {
            own.organization("GRID", Fixture.SAMARA, 15, 25);
            FeeRateRepository rates = new JdbcFeeRateRepository(own.dataSource);
            DemoFeeRates.seed(own.dataSource, "GRID");
            rates.save(new FeeScheduleRow("GRID", null, 2027, new BigDecimal("6100.00"), new BigDecimal("15"), new BigDecimal("0.3"),
                    new BigDecimal("1000.00"), "Решение организации"), List.of(new FeeRateRow("LV_0_4", new BigDecimal("30000.00"),
                    new BigDecimal("11000.00"), new BigDecimal("1700000.00"))));

            DemoFeeRates.seed(own.dataSource, "GRID");

            assertThat(rates.schedule("GRID", 2027).orElseThrow().preferentialPerKw()).isEqualByComparingTo("6100.00");
            assertThat(rates.rate("GRID", 2027, "LV_0_4").orElseThrow().perKw()).isEqualByComparingTo("11000.00");
            // what the organization did not set is filled in: the script skips rows that exist, not years
            assertThat(rates.rates("GRID", 2027)).extracting(FeeRateRow::voltageLevel).containsExactly("HV_110", "LV_0_4", "MV_35", "MV_6_10");
            assertThat(rates.rates("GRID", 2026)).hasSize(4);
        }
    }
}
