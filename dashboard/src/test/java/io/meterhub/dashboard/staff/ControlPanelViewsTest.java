package io.meterhub.dashboard.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.tariffs.BilledService;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.KaribuSpringTest;
import io.meterhub.dashboard.TestUsers;
import io.meterhub.dashboard.anomalies.AnomaliesView;
import io.meterhub.dashboard.audit.AuditView;
import io.meterhub.dashboard.tariffs.TariffsView;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.dashboard.organizations.OrganizationView;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.NotFoundView;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.storage.Database;
import io.meterhub.storage.cabinet.accounts.JdbcAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The control panel's pages as an administrator and as staff with and without modules see them
 * (Karibu-Testing, real Spring context, fresh database): the menu shows a module's pages only to its
 * holders, a page says why to others, the properties form marks the wrong field, and a staff user
 * the administrator creates with two modules sees exactly their two pages.
 */
@SpringBootTest(classes = {DashboardApplication.class, ControlPanelViewsTest.Organization.class},
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class ControlPanelViewsTest extends KaribuSpringTest {
    static final String ORG = "CP_GRID";

    /** Not a @Configuration: component scanning must never pick it up. */
    static class Organization {
        @Bean(destroyMethod = "close")
        Database database() {
            Database database = TestUsers.freshDatabase();
            new JdbcAccountRepository(database.dataSource()).saveOrganization(new OrganizationRow(ORG, "Сети Поволжья", "GRID_COMPANY",
                    ZoneId.of("Europe/Samara"), TariffZoneSchedule.TWO_ZONES, "АО «Сети Поволжья»", "6316186232", "631601001",
                    "Поволжский банк ПАО Сбербанк", "043601607", "30101810200000000607", "40702810154400012345", "+7 846 000-00-00", 15, 25));
            for (String[] user : List.of(new String[]{"cp-admin", "ADMIN"}, new String[]{"cp-bare", "OPERATOR"})) {
                long id = TestUsers.insertUser(database.dataSource(), user[0], user[0] + "-secret", Role.valueOf(user[1]), user[0], "ru");
                try (var c = database.dataSource().getConnection(); var s = c.prepareStatement("UPDATE app_user SET organization_id = ? WHERE id = ?")) {
                    s.setString(1, ORG);
                    s.setLong(2, id);
                    s.executeUpdate();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return database;
        }

        @Bean
        DataSource dataSource(Database database) {
            return database.dataSource();
        }
    }

    @Test
    void staff_without_a_module_see_no_control_panel_menu_and_its_page_says_why() {
        signIn("cp-bare", "cp-bare-secret");
        UI.getCurrent().navigate("");
        assertThat(menu()).doesNotContain("nav-admin-organization", "nav-admin-staff", "nav-admin-audit");
        UI.getCurrent().navigate(StaffView.class);
        assertThat(_get(Component.class, spec -> spec.withId(ModulePage.NO_MODULE_ID)).getElement().getText())
                .isEqualTo("Нужен модуль «Сотрудники»");
        assertThat(_find(Div.class, spec -> spec.withId(StaffView.LIST_ID))).isEmpty();
        // an operator's own pages belong to modules too: without REGISTRY, the anomalies' address is "not found"
        assertThat(menu()).doesNotContain("nav-anomalies", "nav-review-queue", "nav-connection-queue");
        UI.getCurrent().navigate(AnomaliesView.class);
        assertThat(_find(NotFoundView.class)).hasSize(1);
    }

    @Test
    void the_administrator_fixes_a_wrong_inn_in_the_properties_and_finds_the_change_in_the_audit_log() {
        signIn("cp-admin", "cp-admin-secret");
        UI.getCurrent().navigate(OrganizationView.class);
        assertThat(menu()).contains("nav-admin-organization", "nav-admin-staff", "nav-admin-audit");
        TextField inn = _get(TextField.class, spec -> spec.withId("org-inn"));
        assertThat(inn.getValue()).isEqualTo("6316186232");
        assertThat(_get(TextField.class, spec -> spec.withId("org-bic")).getValue()).isEqualTo("043601607");
        inn.setValue("6316186231");
        _click(_get(Button.class, spec -> spec.withId(OrganizationView.SAVE_ID)));
        assertThat(inn.isInvalid()).isTrue();
        assertThat(inn.getErrorMessage()).isEqualTo("ИНН: 10 цифр у организации, 12 у физического лица, с верными контрольными цифрами");

        inn.setValue("6316186232");
        _get(TextField.class, spec -> spec.withId("org-address")).setValue("Самара, ул. Садовая, 1");
        _click(_get(Button.class, spec -> spec.withId(OrganizationView.SAVE_ID)));
        assertThat(inn.isInvalid()).isFalse();

        UI.getCurrent().navigate(AuditView.class);
        _get(TextField.class, spec -> spec.withId(AuditView.SEARCH_ID)).setValue("organization.update");
        Div log = _get(Div.class, spec -> spec.withId(AuditView.LIST_ID));
        assertThat(log.getChildren().count()).isEqualTo(1);
        String entry = log.getChildren().findFirst().orElseThrow().getElement().getTextRecursively();
        assertThat(entry).contains("cp-admin").contains("Свойства организации изменены · организация CP_GRID")
                .endsWith("Адрес: — → Самара, ул. Садовая, 1");
    }

    @Test
    void a_staff_user_created_with_two_modules_sees_exactly_their_pages() {
        signIn("cp-admin", "cp-admin-secret");
        UI.getCurrent().navigate(StaffView.class);
        _click(_get(Button.class, spec -> spec.withId(StaffView.CREATE_ID)));
        _get(TextField.class, spec -> spec.withId("staff-new-login")).setValue("cp-loader");
        _get(TextField.class, spec -> spec.withId("staff-new-name")).setValue("Загрузчик Пётр");
        _get(EmailField.class, spec -> spec.withId("staff-new-email")).setValue("loader@cp.example");
        _get(PasswordField.class, spec -> spec.withId("staff-new-password")).setValue("Zagruzchik-2026");
        @SuppressWarnings("unchecked")
        CheckboxGroup<StaffModule> modules = _get(CheckboxGroup.class, spec -> spec.withId("staff-modules-choice"));
        modules.setValue(Set.of(StaffModule.ORGANIZATION, StaffModule.STAFF));
        _click(_get(Button.class, spec -> spec.withId("staff-new-confirm")));
        assertThat(_get(Span.class, spec -> spec.withId("staff-cp-loader-modules-list")).getText()).isEqualTo("Свойства организации, Сотрудники");

        // a new tab: the administrator's layout and menu are not reused
        newUi();
        signIn("cp-loader", "Zagruzchik-2026");
        UI.getCurrent().navigate("");
        // the audit log belongs to the staff module; the registry (REGISTRY) is not theirs
        assertThat(menu().stream().filter(id -> id.startsWith("nav-admin-"))).containsExactly("nav-admin-organization", "nav-admin-staff",
                "nav-admin-tariffs", "nav-admin-coverage", "nav-admin-offices", "nav-admin-help", "nav-admin-public-pages",
                "nav-admin-audit");

        // blocked by the administrator
        signIn("cp-admin", "cp-admin-secret");
        UI.getCurrent().navigate(StaffView.class);
        _click(_get(Button.class, spec -> spec.withId("staff-cp-loader-block")));
        _get(TextArea.class, spec -> spec.withId("staff-block-reason")).setValue("отпуск");
        _click(_get(Button.class, spec -> spec.withId("staff-block-confirm")));
        assertThat(_get(Span.class, spec -> spec.withId("staff-cp-loader-state")).getText()).isEqualTo("Заблокирован: отпуск");
        assertThat(_find(Button.class, spec -> spec.withId("staff-cp-loader-unblock"))).hasSize(1);

        // the audit log reads flags, roles and modules by their names, not the stored codes
        UI.getCurrent().navigate(AuditView.class);
        _get(TextField.class, spec -> spec.withId(AuditView.SEARCH_ID)).setValue("staff.");
        String log = _get(Div.class, spec -> spec.withId(AuditView.LIST_ID)).getElement().getTextRecursively();
        assertThat(log).contains("Модули: — → Свойства организации, Сотрудники").contains("Роль: — → Оператор")
                .contains("Заблокирован: нет → да").doesNotContain("false", "true", "[", "OPERATOR", "STAFF");
    }

    @Test
    void the_administrator_sets_a_day_price_and_reads_it_in_the_price_list_by_the_zones_name() {
        signIn("cp-admin", "cp-admin-secret");
        UI.getCurrent().navigate(TariffsView.class);
        @SuppressWarnings("unchecked")
        ComboBox<BilledService> service = _get(ComboBox.class, spec -> spec.withId("tariff-service"));
        service.setValue(service.getListDataView().getItems().filter(s -> s.code().equals("ELECTRICITY")).findFirst().orElseThrow());
        _get(TextField.class, spec -> spec.withId("tariff-price")).setValue("5,63");
        LocalDate from = _get(DatePicker.class, spec -> spec.withId("tariff-from")).getValue();
        _click(_get(Button.class, spec -> spec.withId(TariffsView.SAVE_ID)));
        assertThat(_get(Div.class, spec -> spec.withId("tariffs-ELECTRICITY")).getElement().getTextRecursively())
                .isEqualTo("Электроэнергия" + "T1 (день): 5,63 ₽/кВт·ч · с " + from.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    }

    @Test
    void the_administrator_bills_cold_water_with_its_own_readings_days_and_a_half_window_is_refused() {
        signIn("cp-admin", "cp-admin-secret");
        UI.getCurrent().navigate(OrganizationView.class);
        _get(Checkbox.class, spec -> spec.withId("service-COLD_WATER")).setValue(true);
        IntegerField first = _get(IntegerField.class, spec -> spec.withId("service-COLD_WATER-first"));
        first.setValue(20);
        _click(_get(Button.class, spec -> spec.withId("services-save")));
        assertThat(first.isInvalid()).isTrue();
        assertThat(first.getErrorMessage()).isEqualTo("Укажите оба дня приёма показаний по услуге или ни одного");

        _get(IntegerField.class, spec -> spec.withId("service-COLD_WATER-last")).setValue(28);
        _click(_get(Button.class, spec -> spec.withId("services-save")));
        assertThat(first.isInvalid()).isFalse();
        UI.getCurrent().navigate(OrganizationView.class);
        assertThat(_get(Checkbox.class, spec -> spec.withId("service-COLD_WATER")).getValue()).isTrue();
        assertThat(_get(IntegerField.class, spec -> spec.withId("service-COLD_WATER-last")).getValue()).isEqualTo(28);
        assertThat(_get(Checkbox.class, spec -> spec.withId("service-HOT_WATER")).getValue()).isFalse();
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(i -> i.getId().orElse("")).toList();
    }
}
