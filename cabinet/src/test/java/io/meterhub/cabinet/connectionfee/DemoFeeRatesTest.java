package io.meterhub.cabinet.connectionfee;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.demo.CabinetSeeder;
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

    @BeforeAll
    static void open() {
        fixture = Fixture.open("cabinet_demo_fee_rates");
        new CabinetSeeder(fixture.dataSource, Clock.systemUTC()).seed("DEMO_GRID", List.of());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void the_seeded_grid_company_has_rates_for_2025_to_2027() {
        ConnectionFeeCalculator calculator = new ConnectionFeeCalculator(fixture.dataSource);
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
}
