package io.meterhub.dashboard.customers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.datepicker.DatePicker;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.ledger.LedgerRepository;
import io.meterhub.storage.cabinet.ledger.JdbcLedgerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import java.math.BigDecimal;
import java.util.Locale;
import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.KaribuSpringTest;
import io.meterhub.dashboard.TestUsers;
import io.meterhub.dashboard.audit.AuditView;
import io.meterhub.dashboard.ui.ModulePage;
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
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customers' pages of the control panel (Karibu-Testing, real Spring context, fresh database):
 * search, open the card with personal data masked, edit a meter with a reason (refused without one),
 * and find the edit in the audit log; staff without the module see neither menu nor page.
 */
@SpringBootTest(classes = {DashboardApplication.class, CustomersViewsTest.Data.class},
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class CustomersViewsTest extends KaribuSpringTest {
    static final String ORG = "CU_GRID";
    static long meterId;
    static long customerId;
    static long accountId;
    static long withLogin;
    @Autowired
    DataSource dataSource;

    /** Not a @Configuration: component scanning must never pick it up. */
    static class Data {
        @Bean(destroyMethod = "close")
        Database database() {
            Database database = TestUsers.freshDatabase();
            AccountRepository accounts = new JdbcAccountRepository(database.dataSource());
            accounts.saveOrganization(new OrganizationRow(ORG, "Сети Поволжья", "GRID_COMPANY", ZoneId.of("Europe/Samara"),
                    TariffZoneSchedule.TWO_ZONES, "АО «Сети Поволжья»", "6316186232", "631601001", "Поволжский банк ПАО Сбербанк", "043601607",
                    "30101810200000000607", "40702810154400012345", "+7 846 000-00-00", 15, 25));
            long admin = TestUsers.insertUser(database.dataSource(), "cu-admin", "cu-admin-secret", Role.ADMIN, "cu-admin", "ru");
            TestUsers.staffOf(database.dataSource(), admin, ORG);
            long bare = TestUsers.insertUser(database.dataSource(), "cu-bare", "cu-bare-secret", Role.OPERATOR, "cu-bare", "ru");
            TestUsers.staffOf(database.dataSource(), bare, ORG);
            long editor = TestUsers.insertUser(database.dataSource(), "cu-editor", "cu-editor-secret", Role.OPERATOR, "cu-editor", "ru");
            TestUsers.staffOf(database.dataSource(), editor, ORG, "MANUAL_EDITING");
            customerId = accounts.createCustomer(null, "INDIVIDUAL", "Карибова Елена Сергеевна", "112-233-445 95", null, "+7 912 345-67-67", null);
            long account = accountId = accounts.createAccount("KRB-1001", ORG, customerId, "Самара, ул. Карибская, 7", LocalDate.of(2022, 4, 1));
            accounts.addService(account, "ELECTRICITY");
            meterId = accounts.createMeter(account, "ELECTRICITY", "KRB-SN-1", "Меркурий 201", 2, 6, 1, null, LocalDate.of(2022, 4, 1));
            long karpova = TestUsers.insertUser(database.dataSource(), "cu-karpova", "cu-karpova-secret", Role.CUSTOMER, "Карпова Н. В.", "ru");
            withLogin = accounts.createCustomer(karpova, "INDIVIDUAL", "Карпова Нина Викторовна", "146-852-379 95", null, "+7 927 555-12-34", null);
            accounts.createAccount("KRB-2002", ORG, withLogin, "Самара, ул. Карибская, 9", LocalDate.of(2023, 1, 1));
            return database;
        }

        @Bean
        DataSource dataSource(Database database) {
            return database.dataSource();
        }
    }

    @Test
    void staff_search_a_customer_open_the_card_edit_a_meter_with_a_reason_and_find_it_in_the_audit_log() {
        signIn("cu-admin", "cu-admin-secret");
        UI.getCurrent().navigate(CustomersView.class);
        assertThat(menu()).contains("nav-admin-customers");
        _get(TextField.class, spec -> spec.withId(CustomersView.SEARCH_ID)).setValue("krb-10");
        _click(_get(Button.class, spec -> spec.withId(CustomersView.FIND_ID)));
        Div matches = _get(Div.class, spec -> spec.withId(CustomersView.LIST_ID));
        assertThat(matches.getChildren().count()).isEqualTo(1);
        assertThat(matches.getChildren().findFirst().orElseThrow().getElement().getTextRecursively()).contains("Карибова Е. С.")
                .contains("Найден по лицевой счёт: KRB-1001").doesNotContain("Елена");
        // one page only: no way to a next one (Karibu finds visible components only)
        assertThat(_find(Button.class, spec -> spec.withId(CustomersView.NEXT_ID))).isEmpty();

        _click(_get(matches, Button.class, spec -> spec.withId("customer-open-" + accountId)));
        assertThat(_get(H3.class, spec -> spec.withId("customer-name")).getText()).isEqualTo("Карибова Елена Сергеевна");
        assertThat(_get(Span.class, spec -> spec.withId("customer-snils")).getText()).isEqualTo("***-***-445 95");
        assertThat(_get(Span.class, spec -> spec.withId(CustomerCardView.LOGIN_STATUS_ID)).getText()).isEqualTo("нет");

        _click(_get(Button.class, spec -> spec.withId("meter-" + meterId + "-edit")));
        _get(TextField.class, spec -> spec.withId("edit-serial")).setValue("KRB-SN-2");
        _click(_get(Button.class, spec -> spec.withId(CustomerDialogs.CONFIRM_ID)));
        TextArea reason = _get(TextArea.class, spec -> spec.withId(CustomerDialogs.REASON_ID));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Укажите причину: она попадёт в журнал действий");
        reason.setValue("опечатка в номере");
        _click(_get(Button.class, spec -> spec.withId(CustomerDialogs.CONFIRM_ID)));
        assertThat(_get(Span.class, spec -> spec.withId("meter-" + meterId + "-text")).getText()).contains("№ KRB-SN-2");

        UI.getCurrent().navigate(AuditView.class);
        _get(TextField.class, spec -> spec.withId(AuditView.SEARCH_ID)).setValue("meter.edit");
        Div log = _get(Div.class, spec -> spec.withId(AuditView.LIST_ID));
        assertThat(log.getChildren().count()).isEqualTo(1);
        assertThat(log.getChildren().findFirst().orElseThrow().getElement().getTextRecursively()).contains("cu-admin")
                .contains("Прибор учёта изменён · прибор учёта " + meterId)
                .contains("опечатка в номере").contains("Заводской номер: KRB-SN-1 → KRB-SN-2").doesNotContain("445 95");
    }

    @Test
    void staff_open_the_masked_data_only_with_a_reason_and_the_customer_sees_who_opened_it_when_and_why() {
        signIn("cu-admin", "cu-admin-secret");
        UI.getCurrent().navigate(CustomerCardView.class, new com.vaadin.flow.router.RouteParameters(CustomerCardView.ID_PARAMETER,
                String.valueOf(withLogin)));
        assertThat(_get(Span.class, spec -> spec.withId("customer-snils")).getText()).isEqualTo("***-***-379 95");
        assertThat(_get(Span.class, spec -> spec.withId("customer-phone")).getText()).isEqualTo("+7 *** ***-**-34");

        _click(_get(Button.class, spec -> spec.withId(CustomerCardView.UNMASK_ID)));
        _click(_get(Button.class, spec -> spec.withId(CustomerDialogs.CONFIRM_ID)));
        TextArea reason = _get(TextArea.class, spec -> spec.withId(CustomerDialogs.REASON_ID));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Укажите, зачем открываете данные");
        assertThat(_get(Span.class, spec -> spec.withId("customer-snils")).getText()).isEqualTo("***-***-379 95");
        reason.setValue("Проверка по обращению № 17");
        _click(_get(Button.class, spec -> spec.withId(CustomerDialogs.CONFIRM_ID)));
        assertThat(_get(Span.class, spec -> spec.withId("customer-snils")).getText()).isEqualTo("146-852-379 95");
        assertThat(_get(Span.class, spec -> spec.withId("customer-phone")).getText()).isEqualTo("+7 927 555-12-34");

        UI.getCurrent().navigate(AuditView.class);
        _get(TextField.class, spec -> spec.withId(AuditView.SEARCH_ID)).setValue("personal_data_open");
        Div log = _get(Div.class, spec -> spec.withId(AuditView.LIST_ID));
        assertThat(log.getElement().getTextRecursively()).contains("Персональные данные потребителя открыты полностью")
                .contains("Проверка по обращению № 17").doesNotContain("379 95").doesNotContain("555-12");

        newUi();
        signIn("cu-karpova", "cu-karpova-secret");
        UI.getCurrent().navigate(io.meterhub.dashboard.signin.SignInsView.class);
        List<Div> openings = _find(Div.class, spec -> spec.withClasses(PersonalDataOpeningsSection.ITEM_CLASS));
        assertThat(openings).singleElement().satisfies(o -> assertThat(o.getText()).contains("Сети Поволжья, cu-admin: Проверка по обращению № 17")
                .matches("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2} · .*"));
    }

    @Test
    void staff_without_the_users_module_see_no_customers_menu_and_the_page_says_why() {
        signIn("cu-bare", "cu-bare-secret");
        UI.getCurrent().navigate("");
        assertThat(menu()).doesNotContain("nav-admin-customers");
        UI.getCurrent().navigate(CustomersView.class);
        assertThat(_get(Component.class, spec -> spec.withId(ModulePage.NO_MODULE_ID)).getElement().getText())
                .isEqualTo("Нужен модуль «Пользователи»");
        assertThat(_find(Div.class, spec -> spec.withId(CustomersView.LIST_ID))).isEmpty();
    }

    @Test
    void manual_editing_alone_reaches_the_card_and_its_edits_but_not_the_login_nor_linking() {
        signIn("cu-editor", "cu-editor-secret");
        UI.getCurrent().navigate("");
        assertThat(menu()).contains("nav-admin-customers");
        UI.getCurrent().navigate(CustomerCardView.class, new com.vaadin.flow.router.RouteParameters(CustomerCardView.ID_PARAMETER,
                String.valueOf(customerId)));
        assertThat(_find(Button.class, spec -> spec.withId("meter-" + meterId + "-edit"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("account-" + accountId + "-charge"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("customer-create-login"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("account-" + accountId + "-link"))).isEmpty();
    }

    @Test
    void a_large_write_off_waits_until_a_second_person_approves_it_on_the_write_offs_page() {
        LedgerRepository ledger = new JdbcLedgerRepository(dataSource);
        BigDecimal before = ledger.debtByService(accountId).getOrDefault("ELECTRICITY", BigDecimal.ZERO);
        signIn("cu-editor", "cu-editor-secret");
        UI.getCurrent().navigate(CustomerCardView.class, new com.vaadin.flow.router.RouteParameters(CustomerCardView.ID_PARAMETER,
                String.valueOf(customerId)));
        _click(_get(Button.class, spec -> spec.withId("account-" + accountId + "-charge")));
        _get(DatePicker.class, spec -> spec.withId("edit-period")).setValue(LocalDate.of(2026, 2, 10));
        _get(TextField.class, spec -> spec.withId("edit-amount")).setValue("-12 500,00");
        _get(TextField.class, spec -> spec.withId("edit-description")).setValue("Списание долга по решению суда");
        _get(TextArea.class, spec -> spec.withId(CustomerDialogs.REASON_ID)).setValue("решение суда № 2-15/2026");
        _click(_get(Button.class, spec -> spec.withId(CustomerDialogs.CONFIRM_ID)));
        assertThat(ledger.debtByService(accountId).getOrDefault("ELECTRICITY", BigDecimal.ZERO)).as("not posted by one person")
                .isEqualByComparingTo(before);

        UI.getCurrent().navigate(WriteOffsView.class);
        assertThat(menu()).contains("nav-admin-write-offs");
        Div pending = _get(Div.class, spec -> spec.withId(WriteOffsView.PENDING_ID));
        assertThat(pending.getElement().getTextRecursively()).contains(CustomerPage.money(new BigDecimal("-12500"), Locale.forLanguageTag("ru"))).contains("KRB-1001").contains("решение суда № 2-15/2026")
                .contains("Это ваше списание");
        assertThat(_find(pending, Button.class, spec -> spec.withText("Подтвердить и провести"))).isEmpty();

        newUi();
        signIn("cu-admin", "cu-admin-secret");
        UI.getCurrent().navigate(WriteOffsView.class);
        _click(_get(_get(Div.class, spec -> spec.withId(WriteOffsView.PENDING_ID)), Button.class, spec -> spec.withText("Подтвердить и провести")));
        assertThat(ledger.debtByService(accountId).getOrDefault("ELECTRICITY", BigDecimal.ZERO)).isEqualByComparingTo(before.subtract(
                new BigDecimal("12500.00")));
        assertThat(_get(Div.class, spec -> spec.withId(WriteOffsView.PENDING_ID)).getElement().getTextRecursively())
                .contains("Списаний на подтверждение нет");
        assertThat(_get(Div.class, spec -> spec.withId(WriteOffsView.DECIDED_ID)).getElement().getTextRecursively())
                .contains("Проведено: cu-admin");
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(i -> i.getId().orElse("")).toList();
    }
}
