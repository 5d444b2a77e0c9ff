package io.meterhub.dashboard.connection;

import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.connectionfee.OrganizationRef;
import io.meterhub.cabinet.connectionfee.VoltageLevel;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.ui.LoginView;
import io.meterhub.dashboard.calculator.FeeCalculatorView;
import io.meterhub.dashboard.calculator.FeeBreakdownTable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public cost calculator over the demo grid company's 2026 rates (Karibu-Testing, real Spring
 * context, fresh database, nobody logged in): the breakdown's lines and total as the page shows them,
 * field errors said on the fields with the values kept, and the link from the login page.
 */
@SpringBootTest(classes = {DashboardApplication.class, ConnectionTestBeans.class}, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class FeeCalculatorViewTest extends ConnectionViewTest {

    @Test
    void a_house_up_to_15_kw_pays_the_preferential_fee_per_kw_without_login() {
        open();
        assertThat(title()).isEqualTo("Калькулятор стоимости присоединения");
        fill(ApplicantCategory.INDIVIDUAL, "15", "", VoltageLevel.LV_0_4, "");
        calculate();

        // 15 kW × 5 423,11 ₽ (the demo's preferential rate for 2026); the standardized rates would give 177 558,25 ₽
        assertThat(text("fee-line-0-item")).isEqualTo("Льготная ставка за 1 кВт");
        assertThat(text("fee-line-0-quantity")).isEqualTo("15 кВт");
        assertThat(text("fee-line-0-rate")).isEqualTo("5\u00A0423,11\u00A0₽");
        assertThat(text("fee-line-0-amount")).isEqualTo("81\u00A0346,65\u00A0₽");
        _assertNone(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("fee-line-1-amount"));
        assertThat(text(FeeBreakdownTable.TOTAL_ID)).isEqualTo("81\u00A0346,65\u00A0₽");
        assertThat(text(FeeBreakdownTable.BASIS_ID)).startsWith("Льготная ставка за 1 кВт: до 15 кВт");
        assertThat(text(FeeCalculatorView.DECISION_ID)).contains("Демонстрационные ставки на 2026 год");

        // a person of a special category: 15 × 1 000 ₽
        _get(Checkbox.class, spec -> spec.withId(FeeCalculatorView.SPECIAL_ID)).setValue(true);
        calculate();
        assertThat(text("fee-line-0-item")).isEqualTo("Сниженная ставка за 1 кВт (льготная категория)");
        assertThat(text(FeeBreakdownTable.TOTAL_ID)).isEqualTo("15\u00A0000,00\u00A0₽");
    }

    @Test
    void a_company_at_6_10_kv_pays_the_standard_rates_per_connection_per_kw_and_per_km() {
        open();
        fill(ApplicantCategory.LEGAL_ENTITY, "150", "", VoltageLevel.MV_6_10, "0,5");
        calculate();

        assertThat(text("fee-line-0-item")).isEqualTo("За присоединение");
        assertThat(text("fee-line-0-amount")).isEqualTo("47\u00A0700,00\u00A0₽");
        assertThat(text("fee-line-1-item")).isEqualTo("За 1 кВт запрашиваемой мощности");
        assertThat(text("fee-line-1-quantity")).isEqualTo("150 кВт");
        assertThat(text("fee-line-1-rate")).isEqualTo("8\u00A0692,00\u00A0₽");
        assertThat(text("fee-line-1-amount")).isEqualTo("1\u00A0303\u00A0800,00\u00A0₽");
        assertThat(text("fee-line-2-item")).isEqualTo("За 1 км линии");
        assertThat(text("fee-line-2-quantity")).isEqualTo("0,5 км");
        assertThat(text("fee-line-2-amount")).isEqualTo("1\u00A0219\u00A0000,00\u00A0₽");
        assertThat(text(FeeBreakdownTable.TOTAL_ID)).isEqualTo("2\u00A0570\u00A0500,00\u00A0₽");

        // English: the same figures, the English way
        _click(_get(Button.class, spec -> spec.withId("locale-en")));
        assertThat(title()).isEqualTo("Connection cost calculator");
    }

    @Test
    void wrong_fields_say_what_is_wrong_on_themselves_and_keep_what_was_typed() {
        open();
        fill(ApplicantCategory.INDIVIDUAL, "", "", VoltageLevel.LV_0_4, "");
        calculate();
        TextField power = field(FeeCalculatorView.POWER_ID);
        assertThat(power.isInvalid()).isTrue();
        assertThat(power.getErrorMessage()).isEqualTo("Заполните это поле");
        assertThat(text(FeeCalculatorView.ERROR_ID)).isEqualTo("Исправьте отмеченные поля.");
        _assertNone(com.vaadin.flow.component.html.Div.class, spec -> spec.withId(FeeBreakdownTable.ID));

        // more already connected than asked for: the calculator's refusal lands on the power field
        fill(ApplicantCategory.INDIVIDUAL, "10", "12", VoltageLevel.LV_0_4, "");
        calculate();
        assertThat(power.isInvalid()).isTrue();
        assertThat(power.getErrorMessage()).isEqualTo("Максимальная мощность (10 кВт) должна быть больше ранее присоединённой (12 кВт).");
        assertThat(power.getValue()).isEqualTo("10");
        assertThat(field(FeeCalculatorView.CONNECTED_ID).getValue()).isEqualTo("12");

        // not a number, and a negative length
        fill(ApplicantCategory.INDIVIDUAL, "5..5", "", VoltageLevel.LV_0_4, "");
        calculate();
        assertThat(power.getErrorMessage()).isEqualTo("Введите число, например 15 или 7,5");
        fill(ApplicantCategory.INDIVIDUAL, "5", "", VoltageLevel.LV_0_4, "-1");
        calculate();
        assertThat(field(FeeCalculatorView.LINE_ID).getErrorMessage()).isEqualTo("Должно быть не меньше 0");
        assertThat(field(FeeCalculatorView.LINE_ID).getValue()).isEqualTo("-1");
    }

    @Test
    void the_login_page_links_to_the_calculator_and_the_sign_up() {
        UI.getCurrent().navigate(LoginView.class);
        assertThat(_get(RouterLink.class, spec -> spec.withId(LoginView.CALCULATOR_LINK_ID)).getHref()).isEqualTo(FeeCalculatorView.ROUTE);
        assertThat(_get(RouterLink.class, spec -> spec.withId(LoginView.REGISTER_LINK_ID)).getHref()).isEqualTo("register");
    }

    private void open() {
        UI.getCurrent().navigate(FeeCalculatorView.class);
        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withId(FeeCalculatorView.YEAR_ID));
        year.setValue(2026);
        @SuppressWarnings("unchecked")
        Select<OrganizationRef> organization = _get(Select.class, spec -> spec.withId(FeeCalculatorView.ORGANIZATION_ID));
        assertThat(organization.getValue()).as("the only grid company with rates is chosen").isNotNull();
        assertThat(organization.getValue().id()).isEqualTo(ConnectionTestBeans.GRID);
    }

    @SuppressWarnings("unchecked")
    private void fill(ApplicantCategory category, String power, String connected, VoltageLevel voltage, String lineKm) {
        _get(Select.class, spec -> spec.withId(FeeCalculatorView.CATEGORY_ID)).setValue(category);
        _get(Select.class, spec -> spec.withId(FeeCalculatorView.VOLTAGE_ID)).setValue(voltage);
        field(FeeCalculatorView.POWER_ID).setValue(power);
        field(FeeCalculatorView.CONNECTED_ID).setValue(connected);
        field(FeeCalculatorView.LINE_ID).setValue(lineKm);
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static void calculate() {
        _click(_get(Button.class, spec -> spec.withId(FeeCalculatorView.CALCULATE_ID)));
    }
}
