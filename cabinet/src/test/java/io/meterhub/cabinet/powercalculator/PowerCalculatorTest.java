package io.meterhub.cabinet.powercalculator;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.access.NoModuleException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.storage.cabinet.powercalculator.JdbcPowerFactorRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The power calculator with exact figures: Σ kW × count × factor, rounded up to whole kW, its Decree 861 class; a
 * company's own factors (set by staff with ORGANIZATION, audited) replace the defaults for that company only; every bad
 * line is refused by its number.
 */
class PowerCalculatorTest {
    private static Fixture fixture;
    private static PowerCalculator calculator;
    private static Viewer admin;
    private static Viewer operator;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("power_calculator");
        Services services = Services.of(fixture.dataSource, Clock.systemUTC());
        fixture.organization("VOLGA", Fixture.SAMARA, 15, 25);
        fixture.organization("KAMA", Fixture.SAMARA, 15, 25);
        admin = fixture.staff("pc-admin", Role.ADMIN, "KAMA");
        operator = fixture.staff("pc-operator", Role.OPERATOR, "KAMA");
        new JdbcStaffRepository(fixture.dataSource).setModules(operator.userId(), List.of("APPEALS"), admin.userId());
        calculator = new PowerCalculator(new JdbcPowerFactorRepository(fixture.dataSource), services.staffRights(), services.auditLog());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static DeviceLine line(DeviceType type, String kw, int count) {
        return new DeviceLine(type, new BigDecimal(kw), count);
    }

    private static final List<DeviceLine> HOUSE = List.of(line(DeviceType.LIGHTING, "0.1", 20), line(DeviceType.KETTLE, "2", 1),
            line(DeviceType.ELECTRIC_STOVE, "8.5", 1), line(DeviceType.WATER_HEATER, "2", 1));

    @Test
    void a_house_needs_the_exact_sum_rounded_up_to_whole_kw() {
        PowerEstimate estimate = calculator.estimate("VOLGA", HOUSE);
        assertThat(estimate.lines()).extracting(l -> l.demandKw().stripTrailingZeros().toPlainString())
                .containsExactly("1.8", "0.8", "5.525", "1.6");
        assertThat(estimate.lines()).extracting(EstimateLine::factor).extracting(BigDecimal::toPlainString)
                .containsExactly("0.90", "0.40", "0.65", "0.80");
        assertThat(estimate.exactKw()).isEqualByComparingTo("9.725");
        assertThat(estimate.applyKw()).isEqualByComparingTo("10").hasScaleOf(0);
        assertThat(estimate.powerClass()).isEqualTo(PowerClass.UP_TO_15);
    }

    @Test
    void a_heat_pump_and_a_charger_leave_the_15_kw_class() {
        PowerEstimate estimate = calculator.estimate("VOLGA", List.of(line(DeviceType.HEAT_PUMP, "12", 1), line(DeviceType.EV_CHARGER, "7.4", 1)));
        assertThat(estimate.exactKw()).isEqualByComparingTo("19.4");
        assertThat(estimate.applyKw()).isEqualByComparingTo("20");
        assertThat(estimate.powerClass()).isEqualTo(PowerClass.UP_TO_150);
        assertThat(calculator.estimate("VOLGA", List.of(line(DeviceType.OTHER, "0.001", 1))).applyKw()).isEqualByComparingTo("1");
        assertThat(calculator.estimate("VOLGA", List.of(line(DeviceType.BOILER, "15", 1))).powerClass()).isEqualTo(PowerClass.UP_TO_15);
        assertThat(calculator.estimate("VOLGA", List.of(line(DeviceType.BOILER, "671", 1))).powerClass()).isEqualTo(PowerClass.ABOVE_670);
    }

    @Test
    void a_company_sets_its_own_factor_audited_and_only_its_estimates_change() throws Exception {
        calculator.setFactor(admin, DeviceType.KETTLE, new BigDecimal("0.5"));
        assertThat(calculator.factors("KAMA").get(DeviceType.KETTLE)).isEqualByComparingTo("0.50");
        assertThat(calculator.estimate("KAMA", HOUSE).exactKw()).isEqualByComparingTo("9.925");
        assertThat(calculator.estimate("VOLGA", HOUSE).exactKw()).isEqualByComparingTo("9.725");
        try (Connection c = fixture.dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT record_id, before::text, after::text FROM audit_entry WHERE action = 'power.factor' AND record_id = 'KETTLE'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("KETTLE");
            assertThat(r.getString(2)).contains("0.40");
            assertThat(r.getString(3)).contains("0.50");
        }
    }

    @Test
    void factors_are_set_by_staff_with_the_module_within_0_01_and_1() {
        assertThatThrownBy(() -> calculator.setFactor(operator, DeviceType.KETTLE, new BigDecimal("0.3"))).isInstanceOf(NoModuleException.class);
        for (String bad : new String[] {"0", "0.001", "1.01", "-0.5", "0.555"}) {
            assertThatThrownBy(() -> calculator.setFactor(admin, DeviceType.WELDING, new BigDecimal(bad))).as(bad)
                    .isInstanceOf(ValidationException.class).hasMessage("A factor from 0.01 to 1 with at most two decimals");
        }
        calculator.setFactor(admin, DeviceType.WELDING, new BigDecimal("1"));
        assertThat(calculator.factors("KAMA").get(DeviceType.WELDING)).isEqualByComparingTo("1");
    }

    @Test
    void each_bad_line_is_refused_by_its_number() {
        assertThatThrownBy(() -> calculator.estimate("VOLGA", List.of())).hasMessage("List at least one device");
        assertThatThrownBy(() -> calculator.estimate("VOLGA", List.of(line(DeviceType.KETTLE, "2", 1), new DeviceLine(null, BigDecimal.ONE, 1))))
                .hasMessage("Line 2: choose the kind of device");
        assertThatThrownBy(() -> calculator.estimate("VOLGA", List.of(line(DeviceType.KETTLE, "0", 1))))
                .hasMessage("Line 1: the power must be more than 0 and at most 10000 kW, with at most 3 decimals");
        assertThatThrownBy(() -> calculator.estimate("VOLGA", List.of(line(DeviceType.KETTLE, "1.2345", 1)))).hasMessageStartingWith("Line 1: the power");
        assertThatThrownBy(() -> calculator.estimate("VOLGA", List.of(new DeviceLine(DeviceType.KETTLE, BigDecimal.ONE, 0))))
                .hasMessage("Line 1: the count must be a whole number from 1 to 1000");
        assertThatThrownBy(() -> calculator.estimate("VOLGA", List.of(new DeviceLine(DeviceType.KETTLE, BigDecimal.ONE, null))))
                .hasMessageStartingWith("Line 1: the count");
        assertThatThrownBy(() -> calculator.estimate("VOLGA", List.of(line(DeviceType.HEAT_PUMP, "10000", 1000), line(DeviceType.BOILER, "1", 1))))
                .hasMessage("The devices need 10000001 kW; an application takes at most 100000 kW");
    }
}
