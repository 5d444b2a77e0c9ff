package io.meterhub.dashboard.coverage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import io.meterhub.cabinet.powercalculator.DeviceType;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.DemoSeedBeans;
import io.meterhub.dashboard.KaribuSpringTest;
import io.meterhub.dashboard.calculator.FeeCalculatorView;
import io.meterhub.dashboard.calculator.PowerCalculatorView;
import io.meterhub.dashboard.connection.ApplicationFormView;
import io.meterhub.dashboard.connection.MyApplicationsView;
import io.meterhub.dashboard.ui.PlaceholderView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The power calculator beside the cost calculator (Karibu-Testing over the demo's seed): the exact figures line by line
 * in Russian number format, the power to apply for rounded up with its Decree 861 class and the factors used, field
 * errors on the fields, and its result opening a new application whose form shows that power in step 3.
 */
@SpringBootTest(classes = {DashboardApplication.class, DemoSeedBeans.class}, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class PowerCalculatorViewTest extends KaribuSpringTest {

    @Test
    void a_house_gets_its_power_line_by_line_without_login() {
        UI.getCurrent().navigate(FeeCalculatorView.class);
        String href = _get(RouterLink.class, spec -> spec.withId(FeeCalculatorView.POWER_LINK_ID)).getHref();
        assertThat(href).isEqualTo(PowerCalculatorView.ROUTE);
        UI.getCurrent().navigate(href);
        assertThat(text(PlaceholderView.TITLE_ID)).isEqualTo("Калькулятор мощности");
        line(0, DeviceType.LIGHTING, "0,1", 20);
        add(1, DeviceType.KETTLE, "2", 1);
        add(2, DeviceType.ELECTRIC_STOVE, "8,5", 1);
        add(3, DeviceType.WATER_HEATER, "2", 1);
        _click(_get(Button.class, spec -> spec.withId(PowerCalculatorView.CALCULATE_ID)));

        assertThat(text("power-breakdown-0")).isEqualTo("Освещение: 0,1 × 20 × 0,90 = 1,8 кВт");
        assertThat(text("power-breakdown-2")).isEqualTo("Электроплита: 8,5 × 1 × 0,65 = 5,525 кВт");
        assertThat(text(PowerCalculatorView.EXACT_KW_ID)).isEqualTo("Сумма с коэффициентами: 9,725 кВт");
        assertThat(text(PowerCalculatorView.APPLY_KW_ID)).isEqualTo("10 кВт");
        assertThat(text(PowerCalculatorView.CLASS_ID)).startsWith("До 15 кВт: для физического лица");
        assertThat(text(PowerCalculatorView.FACTORS_ID)).startsWith("Коэффициенты одновременности: Освещение 0,90; Чайник 0,40; Электроплита 0,65;")
                .endsWith("Другое 0,70");
        assertThat(text(PowerCalculatorView.APPLY_ID)).isEqualTo("Подать заявку на 10 кВт");
    }

    @Test
    void a_bad_line_is_marked_on_its_field_and_a_removed_line_is_not_counted() {
        UI.getCurrent().navigate(PowerCalculatorView.class);
        line(0, DeviceType.HEAT_PUMP, "12", 1);
        add(1, DeviceType.WELDING, "абв", 1);
        _click(_get(Button.class, spec -> spec.withId(PowerCalculatorView.CALCULATE_ID)));
        TextField kw = _get(TextField.class, spec -> spec.withId("power-line-1-kw"));
        assertThat(kw.isInvalid()).isTrue();
        assertThat(text(PowerCalculatorView.ERROR_ID)).isNotBlank();
        _click(_get(Button.class, spec -> spec.withId("power-line-1-remove")));
        add(2, DeviceType.EV_CHARGER, "7,4", 1);
        _click(_get(Button.class, spec -> spec.withId(PowerCalculatorView.CALCULATE_ID)));
        assertThat(text(PowerCalculatorView.APPLY_KW_ID)).isEqualTo("20 кВт");
        assertThat(text(PowerCalculatorView.CLASS_ID)).startsWith("До 150 кВт");
    }

    @Test
    void the_result_opens_a_new_application_with_the_power_in_step_3() {
        signIn("ivanov", "ivan-meter-42");
        UI.getCurrent().navigate(PowerCalculatorView.class);
        line(0, DeviceType.BOILER, "12", 1);
        _click(_get(Button.class, spec -> spec.withId(PowerCalculatorView.CALCULATE_ID)));
        _click(_get(Button.class, spec -> spec.withId(PowerCalculatorView.APPLY_ID)));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters()).isEqualTo("connection/applications?power=12");
        assertThat(text(MyApplicationsView.PREFILL_ID)).isEqualTo("Мощность из калькулятора: 12 кВт (подставится в шаге 3)");
        _click(_get(Button.class, spec -> spec.withId(MyApplicationsView.CREATE_ID)));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters()).matches("connection/applications/\\d+/form/1\\?power=12");
        _click(_get(Button.class, spec -> spec.withId(ApplicationFormView.STEPS_ID + "-3")));
        assertThat(_get(TextField.class, spec -> spec.withId(ApplicationFormView.MAX_POWER_ID)).getValue()).isEqualTo("12");
    }

    private static void add(int row, DeviceType type, String kw, int count) {
        _click(_get(Button.class, spec -> spec.withId(PowerCalculatorView.ADD_ID)));
        line(row, type, kw, count);
    }

    @SuppressWarnings("unchecked")
    private static void line(int row, DeviceType type, String kw, int count) {
        _get(Select.class, spec -> spec.withId("power-line-" + row + "-type")).setValue(type);
        _get(TextField.class, spec -> spec.withId("power-line-" + row + "-kw")).setValue(kw);
        _get(IntegerField.class, spec -> spec.withId("power-line-" + row + "-count")).setValue(count);
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
