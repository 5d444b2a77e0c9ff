package io.meterhub.dashboard.registry;

import io.meterhub.dashboard.DemoSeedBeans;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.registry.ControllerProtocol;
import io.meterhub.cabinet.registry.Meter;
import io.meterhub.cabinet.registry.MeterReplacement;
import io.meterhub.cabinet.registry.RegistryService;
import io.meterhub.cabinet.users.UserRepository;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.KaribuSpringTest;
import io.meterhub.dashboard.TestUsers;
import io.meterhub.dashboard.i18n.MessagesI18NProvider;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.PlaceholderView;
import io.meterhub.demo.CabinetSeeder;
import io.meterhub.storage.Database;
import io.meterhub.storage.registry.ControllerCredentials;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry page (Karibu-Testing, real Spring context, fresh database): an administrator registers
 * an MQTT controller and reads its password once, has a meter form refused field by field in Russian,
 * registers a meter, rotates the password, replaces the meter with final and initial values, reads a
 * Modbus controller's gateway settings; an operator without the REGISTRY module sees why instead of
 * the page; every text is translated.
 */
@SpringBootTest(classes = {DashboardApplication.class, DemoSeedBeans.class},
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class RegistryViewTest extends KaribuSpringTest {
    static final String GRID = DemoSeedBeans.GRID;


    @Autowired
    private DataSource dataSource;
    @Autowired
    private RegistryService registry;
    @Autowired
    private UserRepository users;

    @Test
    void an_administrator_registers_a_controller_reads_its_password_once_and_rotates_it() {
        signIn("admin", "grid-chief-42");
        UI.getCurrent().navigate(RegistryView.class);
        assertThat(_get(H2.class, spec -> spec.withId(PlaceholderView.TITLE_ID)).getText()).isEqualTo("Каналы учёта");

        _click(_get(Button.class, spec -> spec.withId(ControllersSection.CREATE_ID)));
        _get(TextField.class, spec -> spec.withId("registry-controller-id")).setValue("CTL-PANEL-1");
        _get(TextField.class, spec -> spec.withId("registry-controller-description")).setValue("Щит учёта, подъезд 1");
        _click(_get(Button.class, spec -> spec.withId("registry-controller-confirm")));

        String first = _get(TextField.class, spec -> spec.withId(CredentialsDialog.PASSWORD_ID)).getValue();
        assertThat(first).hasSize(24);
        assertThat(_get(Paragraph.class, spec -> spec.withId("registry-credentials-once")).getText()).startsWith("Пароль показывается только сейчас");
        assertThat(_get(TextField.class, spec -> spec.withId("registry-credentials-topic")).getValue()).isEqualTo("meterhub/v1/CTL-PANEL-1/up");
        assertThat(matches("CTL-PANEL-1", first)).isTrue();
        _click(_get(Button.class, spec -> spec.withId("registry-credentials-done")));
        _assertNone(TextField.class, spec -> spec.withId(CredentialsDialog.PASSWORD_ID));

        Grid<?> controllers = _get(Grid.class, spec -> spec.withId(ControllersSection.GRID_ID));
        int row = rowOf(controllers, "CTL-PANEL-1");
        assertThat(cellText(controllers, row, "registry-controller-CTL-PANEL-1-connection")).startsWith("MQTT, пароль выдан ").endsWith(" · приборов: 0");
        _click(button(controllers, row, "registry-controller-CTL-PANEL-1-rotate"));
        _click(_get(Button.class, spec -> spec.withId("registry-rotate-confirm")));
        String second = _get(TextField.class, spec -> spec.withId(CredentialsDialog.PASSWORD_ID)).getValue();
        assertThat(second).isNotEqualTo(first).hasSize(24);
        assertThat(matches("CTL-PANEL-1", first)).as("the password before the rotation").isFalse();
        assertThat(matches("CTL-PANEL-1", second)).isTrue();
    }

    @Test
    void a_modbus_controller_form_names_each_wrong_field_and_shows_the_gateway_settings() {
        signIn("admin", "grid-chief-42");
        UI.getCurrent().navigate(RegistryView.class);
        _click(_get(Button.class, spec -> spec.withId(ControllersSection.CREATE_ID)));
        _get(TextField.class, spec -> spec.withId("registry-controller-id")).setValue("SDM-TP-7");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ControllerProtocol> protocol = _get(RadioButtonGroup.class, spec -> spec.withId("registry-controller-protocol"));
        protocol.setValue(ControllerProtocol.MODBUS);
        _get(IntegerField.class, spec -> spec.withId("registry-controller-port")).setValue(70000);
        _click(_get(Button.class, spec -> spec.withId("registry-controller-confirm")));
        TextField host = _get(TextField.class, spec -> spec.withId("registry-controller-host"));
        assertThat(host.isInvalid()).isTrue();
        assertThat(host.getErrorMessage()).isEqualTo("Адрес: имя хоста или IP-адрес");
        assertThat(_get(IntegerField.class, spec -> spec.withId("registry-controller-port")).getErrorMessage()).startsWith("Порт: от 1 до 65535");
        assertThat(_get(ComboBox.class, spec -> spec.withId("registry-controller-profile")).isInvalid()).isTrue();

        host.setValue("10.0.5.17");
        _get(IntegerField.class, spec -> spec.withId("registry-controller-port")).setValue(502);
        @SuppressWarnings("unchecked")
        ComboBox<String> profile = _get(ComboBox.class, spec -> spec.withId("registry-controller-profile"));
        profile.setValue("eastron-sdm630");
        _click(_get(Button.class, spec -> spec.withId("registry-controller-confirm")));
        _assertNone(TextField.class, spec -> spec.withId(CredentialsDialog.PASSWORD_ID));
        Grid<?> controllers = _get(Grid.class, spec -> spec.withId(ControllersSection.GRID_ID));
        assertThat(cellText(controllers, rowOf(controllers, "SDM-TP-7"), "registry-controller-SDM-TP-7-connection"))
                .isEqualTo("Modbus 10.0.5.17:502, адрес 1, eastron-sdm630, каждые 10 с · приборов: 0");
        _click(button(controllers, rowOf(controllers, "SDM-TP-7"), "registry-controller-SDM-TP-7-gateway"));
        assertThat(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("registry-gateway-settings")).getValue())
                .isEqualTo("MH_MODBUS_CONTROLLER=SDM-TP-7\nMH_MODBUS_DEVICES=\nMH_MQTT_USER=SDM-TP-7");
    }

    @Test
    void a_modbus_gateway_registered_without_a_device_address_reads_as_a_gateway_not_null() {
        // as the demo's launcher registers its gateway: one controller for every device it polls
        io.meterhub.storage.cabinet.Jdbc.update(dataSource, "INSERT INTO controller (id, organization_id, protocol) VALUES ('GW-PANEL', ?, 'MODBUS')", GRID);
        signIn("admin", "grid-chief-42");
        UI.getCurrent().navigate(RegistryView.class);
        Grid<?> controllers = _get(Grid.class, spec -> spec.withId(ControllersSection.GRID_ID));
        assertThat(cellText(controllers, rowOf(controllers, "GW-PANEL"), "registry-controller-GW-PANEL-connection"))
                .isEqualTo("Modbus-шлюз: опрашиваемые приборы заданы в его настройках · приборов: 0");
    }

    @Test
    void an_administrator_registers_a_meter_after_a_refusal_and_replaces_it_with_final_and_initial_values() {
        Viewer admin = new Viewer(users.byLogin("admin").orElseThrow().id(), Role.ADMIN, GRID);
        registry.registerController(admin, io.meterhub.cabinet.registry.NewController.mqtt("CTL-METERS", null));
        signIn("admin", "grid-chief-42");
        UI.getCurrent().navigate(RegistryView.class);
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId(RegistryView.TABS_ID)).setSelectedIndex(1);

        _click(_get(Button.class, spec -> spec.withId(MetersSection.CREATE_ID)));
        _get(TextField.class, spec -> spec.withId("registry-meter-id")).setValue("M/1");
        _get(IntegerField.class, spec -> spec.withId("registry-meter-registerDigits")).setValue(2);
        _click(_get(Button.class, spec -> spec.withId("registry-meter-confirm")));
        assertThat(_get(TextField.class, spec -> spec.withId("registry-meter-id")).getErrorMessage()).startsWith("Идентификатор: от 1 до 64");
        assertThat(_get(IntegerField.class, spec -> spec.withId("registry-meter-registerDigits")).getErrorMessage())
                .isEqualTo("Разрядность счётного механизма: от 3 до 12");
        assertThat(_get(ComboBox.class, spec -> spec.withId("registry-meter-controllerId")).getErrorMessage())
                .isEqualTo("Выберите контроллер, через который прибор передаёт данные");

        _get(TextField.class, spec -> spec.withId("registry-meter-id")).setValue("M-PANEL-1");
        _get(IntegerField.class, spec -> spec.withId("registry-meter-registerDigits")).setValue(6);
        @SuppressWarnings("unchecked")
        ComboBox<String> controller = _get(ComboBox.class, spec -> spec.withId("registry-meter-controllerId"));
        controller.setValue("CTL-METERS");
        _get(TextField.class, spec -> spec.withId("registry-meter-number")).setValue("ПУ-000123");
        _get(IntegerField.class, spec -> spec.withId("registry-meter-tariffRegisters")).setValue(2);
        _get(DatePicker.class, spec -> spec.withId("registry-meter-nextVerificationOn")).setValue(LocalDate.now().minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("registry-meter-confirm")));
        Meter registered = registry.meter(admin, "M-PANEL-1");
        assertThat(registered.number()).isEqualTo("ПУ-000123");

        Grid<?> meters = _get(Grid.class, spec -> spec.withId(MetersSection.GRID_ID));
        int row = rowOf(meters, "M-PANEL-1");
        assertThat(cellText(meters, row, "registry-meter-M-PANEL-1-verification")).endsWith(", просрочена");
        _click(button(meters, row, "registry-meter-M-PANEL-1-replace"));
        _get(TextField.class, spec -> spec.withId("registry-replace-final-1_8_0")).setValue("12 345,6");
        _get(TextField.class, spec -> spec.withId("registry-replace-final-1_8_1")).setValue("9000");
        _get(TextField.class, spec -> spec.withId("registry-replace-id")).setValue("M-PANEL-2");
        _get(DatePicker.class, spec -> spec.withId("registry-replace-nextVerificationOn")).setValue(LocalDate.now().plusYears(16));
        _click(_get(Button.class, spec -> spec.withId(ReplacementDialog.CONFIRM_ID)));
        TextField initial = _get(TextField.class, spec -> spec.withId("registry-replace-initial-1_8_0"));
        assertThat(initial.isInvalid()).as("the new meter's total is required").isTrue();
        initial.setValue("0,4");
        _click(_get(Button.class, spec -> spec.withId(ReplacementDialog.CONFIRM_ID)));

        List<MeterReplacement> replacements = registry.replacements(admin, "M-PANEL-1");
        assertThat(replacements).singleElement().satisfies(r -> {
            assertThat(r.newMeterId()).isEqualTo("M-PANEL-2");
            assertThat(r.finalValues().get("1.8.0")).isEqualByComparingTo("12345.6");
            assertThat(r.finalValues().get("1.8.1")).isEqualByComparingTo("9000");
            assertThat(r.initialValues().get("1.8.0")).isEqualByComparingTo("0.4");
        });
        Meter replacement = registry.meter(admin, "M-PANEL-2");
        assertThat(replacement.controllerId()).as("taken over from the old meter").isEqualTo("CTL-METERS");
        assertThat(replacement.tariffRegisters()).isEqualTo(2);
        assertThat(registry.meter(admin, "M-PANEL-1").inService()).isFalse();
    }

    @Test
    void an_operator_without_the_registry_module_sees_why_instead_of_the_page_and_one_with_it_sees_the_page() {
        long bare = TestUsers.insertUser(dataSource, "registry-bare", "bare-secret", Role.OPERATOR, "Оператор без модулей", "ru");
        TestUsers.staffOf(dataSource, bare, GRID);
        signIn("registry-bare", "bare-secret");
        UI.getCurrent().navigate(RegistryView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId(ModulePage.NO_MODULE_ID)).getText()).isEqualTo("Нужен модуль «Каналы учёта»");
        _assertNone(Grid.class);

        // the demo's operator holds REGISTRY among the modules of their daily work (a new tab)
        newUi();
        signIn("operator", "grid-duty-42");
        UI.getCurrent().navigate(RegistryView.class);
        _assertNone(Paragraph.class, spec -> spec.withId(ModulePage.NO_MODULE_ID));
        _get(Grid.class, spec -> spec.withId(ControllersSection.GRID_ID));
    }

    @Test
    void every_text_of_the_registry_page_is_translated_in_russian_and_english() throws IOException {
        Properties english = load("i18n/registry.properties");
        Properties russian = load("i18n/registry_ru.properties");
        assertThat(new TreeSet<>(russian.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        Properties cabinetEnglish = load("registry-messages.properties");
        Properties cabinetRussian = load("registry-messages_ru.properties");
        assertThat(new TreeSet<>(cabinetRussian.stringPropertyNames())).isEqualTo(new TreeSet<>(cabinetEnglish.stringPropertyNames()));

        Pattern literal = Pattern.compile("\"((?:admin\\.registry|nav\\.admin-registry|admin)[a-z0-9.-]*)\"");
        MessagesI18NProvider provider = new MessagesI18NProvider();
        TreeSet<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/io/meterhub/dashboard/registry"))) {
            for (Path file : files.toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        keys.addAll(english.stringPropertyNames());
        assertThat(keys).contains("admin.registry.credentials.once", "admin.cancel");
        for (String key : keys) {
            for (String language : new String[] {"ru", "en"}) {
                assertThat(provider.getTranslation(key, Locale.forLanguageTag(language))).as(key + " in " + language).doesNotStartWith("!");
            }
        }
        for (String key : cabinetEnglish.stringPropertyNames()) {
            assertThat(provider.getTranslation(key, Locale.forLanguageTag("ru"))).as(key).isEqualTo(cabinetRussian.getProperty(key));
        }
    }

    private boolean matches(String controllerId, String password) {
        try {
            return new ControllerCredentials(dataSource).matches(controllerId, password.getBytes(StandardCharsets.UTF_8));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int rowOf(Grid<?> grid, String id) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            Object item = GridKt._get(grid, i);
            String itemId = item instanceof Meter m ? m.id() : ((io.meterhub.cabinet.registry.Controller) item).id();
            if (itemId.equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id + " is not in the grid");
    }

    private static String cellText(Grid<?> grid, int row, String id) {
        return _get(GridKt._getCellComponent(grid, row, "who"), Span.class, spec -> spec.withId(id)).getText();
    }

    private static Button button(Grid<?> grid, int row, String id) {
        Component actions = GridKt._getCellComponent(grid, row, "actions");
        return _get(actions, Button.class, spec -> spec.withId(id));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RegistryViewTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
