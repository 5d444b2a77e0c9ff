package io.meterhub.cabinet.connectionfee;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.storage.cabinet.connectionfee.JdbcFeeRateRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static io.meterhub.cabinet.connectionfee.ApplicantCategory.INDIVIDUAL;
import static io.meterhub.cabinet.connectionfee.ApplicantCategory.LEGAL_ENTITY;
import static io.meterhub.cabinet.connectionfee.ApplicantCategory.SOLE_PROPRIETOR;
import static io.meterhub.cabinet.connectionfee.VoltageLevel.LV_0_4;
import static io.meterhub.cabinet.connectionfee.VoltageLevel.MV_35;
import static io.meterhub.cabinet.connectionfee.VoltageLevel.MV_6_10;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The fee against the Volga grid company's rates ({@link FeeRates}) and a second company's own rates. */
class ConnectionFeeCalculatorTest {
    private static Fixture fixture;
    private static ConnectionFeeCalculator calculator;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("cabinet_connection_fee");
        fixture.organization("VOLGA", Fixture.SAMARA, 15, 25);
        fixture.organization("OKA", Fixture.SAMARA, 15, 25);
        fixture.organization("NO_RATES", Fixture.SAMARA, 15, 25);
        FeeRates.seed(fixture.dataSource, "VOLGA");
        new JdbcFeeRateRepository(fixture.dataSource).save(
                new FeeScheduleRow("OKA", "Org OKA", 2026, new BigDecimal("4300.00"), new BigDecimal("15"), new BigDecimal("0.5"),
                        new BigDecimal("1064.00"), "Постановление № 1/1"),
                List.of(new FeeRateRow("LV_0_4", new BigDecimal("1000.00"), new BigDecimal("3111.11"), null)));
        calculator = new ConnectionFeeCalculator(new JdbcFeeRateRepository(fixture.dataSource));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void a_person_at_15_kw_near_the_grid_pays_the_preferential_rate_per_kw() {
        FeeBreakdown fee = calculator.calculate("VOLGA", 2025, new FeeRequest(INDIVIDUAL, kw("15"), null, LV_0_4, kw("0.1"), false));

        assertThat(fee.basis()).isEqualTo(FeeBreakdown.PREFERENTIAL);
        assertThat(fee.lines()).extracting(FeeLine::code, FeeLine::quantity, FeeLine::unit, FeeLine::rate, FeeLine::amount)
                .containsExactly(tuple(FeeLine.PREFERENTIAL_PER_KW, kw("15"), "kW", rub("5000.00"), rub("75000.00")));
        assertThat(fee.total()).isEqualTo(rub("75000.00"));
        assertThat(fee.organizationId()).isEqualTo("VOLGA");
        assertThat(fee.year()).isEqualTo(2025);
        assertThat(fee.basisMessage(Locale.forLanguageTag("ru"))).startsWith("Льготная ставка за 1 кВт");
        assertThat(fee.lines().get(0).label(Locale.ENGLISH)).isEqualTo("Preferential rate per kW");
        assertThat(LV_0_4.label(Locale.forLanguageTag("ru"))).isEqualTo("0,4 кВ и ниже");
        assertThat(INDIVIDUAL.label(Locale.ENGLISH)).isEqualTo("Person");
    }

    @Test
    void a_special_category_person_at_10_kw_pays_the_reduced_rate() {
        FeeBreakdown fee = calculator.calculate("VOLGA", 2026, new FeeRequest(INDIVIDUAL, kw("10"), null, LV_0_4, null, true));

        assertThat(fee.basis()).isEqualTo(FeeBreakdown.SPECIAL_CATEGORY);
        assertThat(fee.lines()).extracting(FeeLine::code, FeeLine::quantity, FeeLine::rate, FeeLine::amount)
                .containsExactly(tuple(FeeLine.SPECIAL_PER_KW, kw("10"), rub("1000.00"), rub("10000.00")));
        assertThat(fee.total()).isEqualTo(rub("10000.00"));
    }

    @Test
    void a_business_at_150_kw_at_0_4_kv_pays_per_connection_and_per_kw() {
        FeeBreakdown fee = calculator.calculate("VOLGA", 2025, new FeeRequest(LEGAL_ENTITY, kw("150"), null, LV_0_4, null, false));

        assertThat(fee.basis()).isEqualTo(FeeBreakdown.STANDARD);
        assertThat(fee.lines()).extracting(FeeLine::code, FeeLine::quantity, FeeLine::unit, FeeLine::rate, FeeLine::amount).containsExactly(
                tuple(FeeLine.STANDARD_PER_CONNECTION, BigDecimal.ONE, "connection", rub("25000.00"), rub("25000.00")),
                tuple(FeeLine.STANDARD_PER_KW, kw("150"), "kW", rub("9500.00"), rub("1425000.00")));
        assertThat(fee.total()).isEqualTo(rub("1450000.00"));
    }

    @Test
    void a_larger_connection_pays_for_the_increase_and_per_km_of_line() {
        // 670 kW at 6-10 kV with 100 kW already connected and 1.35 km of new line, 2026 rates
        FeeBreakdown fee = calculator.calculate("VOLGA", 2026, new FeeRequest(LEGAL_ENTITY, kw("670"), kw("100"), MV_6_10, kw("1.35"), false));

        assertThat(fee.basis()).isEqualTo(FeeBreakdown.STANDARD);
        assertThat(fee.lines()).extracting(FeeLine::code, FeeLine::quantity, FeeLine::rate, FeeLine::amount).containsExactly(
                tuple(FeeLine.STANDARD_PER_CONNECTION, BigDecimal.ONE, rub("47700.00"), rub("47700.00")),
                tuple(FeeLine.STANDARD_PER_KW, kw("570"), rub("8692.00"), rub("4954440.00")),
                tuple(FeeLine.STANDARD_PER_KM, kw("1.35"), rub("2438000.00"), rub("3291300.00")));
        assertThat(fee.total()).isEqualTo(rub("8293440.00"));
    }

    @Test
    void amounts_are_exact_to_the_kopeck_rounded_half_up() {
        // 12.5 kW x 5423.11 = 67 788.875 -> 67 788.88
        FeeBreakdown preferential = calculator.calculate("VOLGA", 2026, new FeeRequest(SOLE_PROPRIETOR, kw("12.5"), null, LV_0_4, null, false));
        assertThat(preferential.total()).isEqualTo(rub("67788.88"));

        // 20.5 kW x 10 070.55 = 206 446.275 -> 206 446.28; 0.333 km x 1 537 000 = 511 821.00
        FeeBreakdown standard = calculator.calculate("VOLGA", 2026, new FeeRequest(SOLE_PROPRIETOR, kw("20.5"), null, LV_0_4, kw("0.333"), false));
        assertThat(standard.lines()).extracting(FeeLine::amount).containsExactly(rub("26500.00"), rub("206446.28"), rub("511821.00"));
        assertThat(standard.total()).isEqualTo(rub("744767.28"));
    }

    @Test
    void a_small_connection_far_from_the_grid_pays_the_standardized_rates() {
        // 1 km from the lines: beyond the 300 m of the preferential fee
        FeeBreakdown fee = calculator.calculate("VOLGA", 2025, new FeeRequest(INDIVIDUAL, kw("15"), null, LV_0_4, kw("1"), false));
        assertThat(fee.basis()).isEqualTo(FeeBreakdown.STANDARD);
        assertThat(fee.total()).isEqualTo(rub("1617500.00")); // 25 000 + 142 500 + 1 450 000
    }

    @Test
    void where_the_standardized_rates_come_out_lower_they_apply_instead_of_the_preferential_fee() {
        // OKA 2026, 15 kW: preferential 4300 x 15 = 64 500.00; standard 1000 + 15 x 3111.11 = 47 666.65
        FeeBreakdown fee = calculator.calculate("OKA", 2026, new FeeRequest(INDIVIDUAL, kw("15"), null, LV_0_4, null, false));
        assertThat(fee.basis()).isEqualTo(FeeBreakdown.STANDARD_LOWER);
        assertThat(fee.lines()).extracting(FeeLine::code).containsExactly(FeeLine.STANDARD_PER_CONNECTION, FeeLine.STANDARD_PER_KW);
        assertThat(fee.total()).isEqualTo(rub("47666.65"));
        // 3 kW: standard 1000 + 9333.33 = 10 333.33, below the preferential 12 900.00
        assertThat(calculator.calculate("OKA", 2026, new FeeRequest(INDIVIDUAL, kw("3"), null, LV_0_4, null, false)).total())
                .isEqualTo(rub("10333.33"));
    }

    @Test
    void another_year_or_organization_gives_other_rates() {
        FeeRequest request = new FeeRequest(INDIVIDUAL, kw("15"), null, LV_0_4, null, false);
        assertThat(calculator.calculate("VOLGA", 2025, request).total()).isEqualTo(rub("75000.00"));
        assertThat(calculator.calculate("VOLGA", 2026, request).total()).isEqualTo(rub("81346.65"));
        assertThat(calculator.calculate("VOLGA", 2027, request).total()).isEqualTo(rub("87000.00"));
        assertThat(calculator.calculate("OKA", 2026, request).total()).isEqualTo(rub("47666.65"));
        assertThat(calculator.calculate("OKA", 2026, new FeeRequest(INDIVIDUAL, kw("10"), null, LV_0_4, null, true)).total())
                .isEqualTo(rub("10640.00"));
    }

    @Test
    void no_rates_for_the_organization_or_year_is_a_clear_refusal() {
        FeeRequest request = new FeeRequest(INDIVIDUAL, kw("15"), null, LV_0_4, null, false);
        assertThatThrownBy(() -> calculator.calculate("NO_RATES", 2026, request)).isInstanceOf(ValidationException.class)
                .hasMessage("Organization NO_RATES has no connection fee rates for 2026.");
        assertThatThrownBy(() -> calculator.calculate("VOLGA", 2028, request))
                .satisfies(e -> assertThat(((ValidationException) e).message(Locale.forLanguageTag("ru")))
                        .isEqualTo("У организации VOLGA нет ставок платы за технологическое присоединение на 2028 год."));
        // OKA set rates for 0.4 kV only
        assertThatThrownBy(() -> calculator.calculate("OKA", 2026, new FeeRequest(LEGAL_ENTITY, kw("500"), null, MV_35, null, false)))
                .hasMessage("Org OKA has no connection fee rates for 2026 at this voltage (MV_35).");
    }

    @Test
    void incomplete_or_impossible_requests_are_refused_naming_the_field() {
        assertThat(refusal(new FeeRequest(null, kw("15"), null, LV_0_4, null, false))).isEqualTo(ConnectionFeeCalculator.CATEGORY_REQUIRED);
        assertThat(refusal(new FeeRequest(INDIVIDUAL, null, null, LV_0_4, null, false))).isEqualTo(ConnectionFeeCalculator.POWER_REQUIRED);
        assertThat(refusal(new FeeRequest(INDIVIDUAL, kw("0"), null, LV_0_4, null, false))).isEqualTo(ConnectionFeeCalculator.POWER_NOT_POSITIVE);
        assertThat(refusal(new FeeRequest(INDIVIDUAL, kw("10"), kw("10"), LV_0_4, null, false))).isEqualTo(ConnectionFeeCalculator.NO_INCREASE);
        assertThat(refusal(new FeeRequest(INDIVIDUAL, kw("10"), null, null, null, false))).isEqualTo(ConnectionFeeCalculator.VOLTAGE_REQUIRED);
        assertThat(refusal(new FeeRequest(INDIVIDUAL, kw("10"), null, LV_0_4, kw("-1"), false))).isEqualTo(ConnectionFeeCalculator.LINE_NEGATIVE);
        assertThat(refusal(new FeeRequest(LEGAL_ENTITY, kw("10"), null, LV_0_4, null, true)))
                .isEqualTo(ConnectionFeeCalculator.SPECIAL_INDIVIDUALS_ONLY);
    }

    @Test
    void organizations_with_rates_are_listed_per_year() {
        assertThat(calculator.organizationsWithRates(2026)).containsExactly(new OrganizationRef("OKA", "Org OKA"),
                new OrganizationRef("VOLGA", "Org VOLGA"));
        assertThat(calculator.organizationsWithRates(2027)).containsExactly(new OrganizationRef("VOLGA", "Org VOLGA"));
        assertThat(calculator.organizationsWithRates(2030)).isEmpty();
        assertThat(calculator.decision("OKA", 2026)).contains("Постановление № 1/1");
    }

    private static String refusal(FeeRequest request) {
        try {
            calculator.calculate("VOLGA", 2026, request);
        } catch (ValidationException e) {
            return e.code();
        }
        throw new AssertionError("not refused");
    }

    private static BigDecimal kw(String value) {
        return new BigDecimal(value);
    }

    private static BigDecimal rub(String value) {
        return new BigDecimal(value);
    }
}
