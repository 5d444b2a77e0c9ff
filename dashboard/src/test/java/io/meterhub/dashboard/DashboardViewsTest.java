package io.meterhub.dashboard;

import io.meterhub.cabinet.access.Role;
import io.meterhub.dashboard.ui.PlaceholderView;
import io.meterhub.dashboard.accounts.OverviewView;
import io.meterhub.dashboard.readings.ReviewQueueView;
import io.meterhub.storage.Database;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

import javax.sql.DataSource;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Karibu-Testing over the real Spring context and a real (fresh) database: menus per role, the language switch. */
@SpringBootTest(classes = {DashboardApplication.class, DashboardViewsTest.DatabaseBeans.class},
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class DashboardViewsTest extends KaribuSpringTest {
    private static final String PASSWORD = "Secret-123";

    /** Not a @Configuration: component scanning of io.meterhub.dashboard must never pick it up. */
    static class DatabaseBeans {
        @Bean(destroyMethod = "close")
        Database database() {
            Database database = TestUsers.freshDatabase();
            TestUsers.insertUser(database.dataSource(), "anna", PASSWORD, Role.CUSTOMER, "Анна Иванова", "ru");
            long oleg = TestUsers.insertUser(database.dataSource(), "oleg", PASSWORD, Role.OPERATOR, "Олег Петров", "ru");
            // the modules of an operator's daily work: readings, the registry's anomalies, applications
            TestUsers.staffOf(database.dataSource(), oleg, "OLEG_GRID", "READINGS", "REGISTRY", "APPEALS");
            return database;
        }

        @Bean
        DataSource dataSource(Database database) {
            return database.dataSource();
        }
    }

    @Test
    void the_demo_outbox_page_does_not_exist_outside_the_demo() {
        UI.getCurrent().navigate(io.meterhub.dashboard.outbox.OutboxView.ROUTE);
        assertThat(_find(io.meterhub.dashboard.ui.NotFoundView.class)).hasSize(1);
        assertThat(_find(io.meterhub.dashboard.outbox.OutboxView.class)).isEmpty();
        assertThat(context.getBeansOfType(io.meterhub.cabinet.notifications.outbox.Outbox.class)).isEmpty();
    }

    @Test
    void customer_sees_the_customer_menu_and_not_the_operators() {
        login("anna");
        UI.getCurrent().navigate(OverviewView.class);

        assertThat(title()).isEqualTo("Обзор");
        assertThat(menu()).containsExactly("Обзор", "Мои лицевые счета", "Потребление", "Показания", "Платежи", "Квитанции", "Мои заявки", "Обращения",
                "Запись на приём", "Карта присутствия", "Объявления", "Доверенности", "Входы в кабинет", "Справка");
        _assertNone(SideNavItem.class, spec -> spec.withId("nav-review-queue"));
        _assertNone(SideNavItem.class, spec -> spec.withId("nav-readings-to-check"));
        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText()).isEqualTo("Анна Иванова");

        // typing the operator's address is refused (Karibu turns the access control's refusal into an exception)
        assertThatThrownBy(() -> UI.getCurrent().navigate(ReviewQueueView.class)).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void operator_sees_the_operator_menu_and_not_the_customers() {
        login("oleg");
        UI.getCurrent().navigate("");

        assertThat(title()).isEqualTo("Очередь проверки");
        assertThat(menu()).containsExactly("Очередь проверки", "Показания на проверку", "Аномалии", "Заявки на присоединение", "Бумажная заявка", "Обращения",
                "Расписание приёма", "Каналы учёта", "Входы в кабинет", "Справка");
        _assertNone(SideNavItem.class, spec -> spec.withId("nav-overview"));
    }

    @Test
    void the_language_switch_changes_every_title_and_stays_for_the_session() {
        login("anna");
        UI.getCurrent().navigate(OverviewView.class);
        assertThat(title()).isEqualTo("Обзор");

        _click(_get(Button.class, spec -> spec.withId("locale-en")));
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(title()).isEqualTo("Overview");
        assertThat(menu()).containsExactly("Overview", "My accounts", "Consumption", "Readings", "Payments", "Receipts", "My applications", "Appeals",
                "Book a visit", "Coverage map", "Announcements", "Delegations", "Sign-ins", "Help");
        assertThat(_get(Button.class, spec -> spec.withId("logout")).getText()).isEqualTo("Log out");

        // another view of the same session keeps English
        UI.getCurrent().navigate("readings");
        assertThat(title()).isEqualTo("Readings");

        _click(_get(Button.class, spec -> spec.withId("locale-ru")));
        assertThat(title()).isEqualTo("Показания");
        assertThat(_get(Button.class, spec -> spec.withId("logout")).getText()).isEqualTo("Выйти");
    }

    private static String title() {
        return _get(H2.class, spec -> spec.withId(PlaceholderView.TITLE_ID)).getText();
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    /** Logs in through the real UserDetailsService (app_user) and the BCrypt check, as the form would. */
    private void login(String login) {
        signIn(login, PASSWORD);
    }
}
