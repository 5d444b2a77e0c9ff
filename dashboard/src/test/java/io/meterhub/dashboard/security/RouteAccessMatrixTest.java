package io.meterhub.dashboard.security;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import io.meterhub.cabinet.access.Role;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.DemoSeedBeans;
import io.meterhub.dashboard.KaribuSpringTest;
import io.meterhub.dashboard.TestUsers;
import io.meterhub.dashboard.ui.LoginView;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.NotFoundView;
import io.meterhub.demo.CabinetSeeder;
import io.meterhub.storage.Database;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the cabinet × every kind of user, against the table below written by hand: a new page, or a page whose
 * annotations or module change, fails here until its row says who may open it. Users: nobody signed in, a customer
 * (ivanov), an operator with no modules, the demo's operator (appeals, loading, manual editing, readings, registry,
 * users), the organization's administrator, a supplier's employee. Cells: {@code +} the page opens, {@code L} the login
 * page instead, {@code >} the user's own home page instead (the login or sign-up page of someone signed in), {@code m} the page says which module is needed (or answers "not found" for an operator's page of a
 * module they lack), {@code -} refused. A route's parameter is a number no record has: what is checked is the door, not
 * the record (the services refuse other people's records, tested with each service): so the paper application's form
 * opens its door to any staff member, and the connection service then answers "no such application" to one without it.
 * The demo's outbox answers "not found" to everyone here: only {@code meterhub demo} has it (OutboxViewTest opens it there).
 */
@SpringBootTest(classes = {DashboardApplication.class, RouteAccessMatrixTest.Users.class},
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class RouteAccessMatrixTest extends KaribuSpringTest {
    private static final String PASSWORD = "Matrix-secret-1";
    private static final List<String> COLUMNS = List.of("anonymous", "ivanov", "am-bare", "operator", "admin", "am-supplier");
    private static final Map<String, String> PASSWORDS = Map.of("ivanov", "ivan-meter-42", "operator", "grid-duty-42", "admin", "grid-chief-42");

    /** route: anonymous, customer, operator without modules, operator, administrator, supplier */
    private static final String EXPECTED = """
            /                                                          L  >  >  >  >  >
            admin/announcements                                        L  -  m  m  +  -
            admin/api-keys                                             L  -  -  -  +  -
            admin/appeals                                              L  -  m  +  +  -
            admin/appeals/:id([0-9]{1,18})                             L  -  m  +  +  -
            admin/appeals/report                                       L  -  m  +  +  -
            admin/appeals/templates                                    L  -  m  +  +  -
            admin/audit                                                L  -  m  m  +  -
            admin/coverage                                             L  -  m  m  +  -
            admin/customers                                            L  -  m  +  +  -
            admin/customers/:customerId                                L  -  m  +  +  -
            admin/help                                                 L  -  m  m  +  -
            admin/loading                                              L  -  m  +  +  -
            admin/offices                                              L  -  m  m  +  -
            admin/organization                                         L  -  m  m  +  -
            admin/outages                                              L  -  m  m  +  -
            admin/public-pages                                         L  -  m  m  +  -
            admin/registry                                             L  -  m  +  +  -
            admin/staff                                                L  -  m  m  +  -
            admin/tariffs                                              L  -  m  m  +  -
            admin/visits                                               L  -  m  +  +  -
            admin/write-offs                                           L  -  m  +  +  -
            anomalies                                                  L  -  m  +  +  -
            anomalies/:id                                              L  -  m  +  +  -
            appeals                                                    L  +  -  -  -  -
            appeals/:id([0-9]{1,18})                                   L  +  -  -  -  -
            appeals/new                                                L  +  -  -  -  -
            calculator                                                 +  +  +  +  +  +
            calculator/power                                           +  +  +  +  +  +
            connection/applications                                    L  +  -  -  -  -
            connection/applications/:id([0-9]{1,18})                   L  +  -  -  -  -
            connection/applications/:id([0-9]{1,18})/form/:step([1-4]) L  +  +  +  +  -
            connection/paper                                           L  -  m  +  +  -
            connection/profile                                         L  +  -  -  -  -
            connection/queue                                           L  -  m  +  +  +
            connection/queue/:id([0-9]{1,18})                          L  -  m  +  +  +
            consumption/:meterId?([0-9]{1,18})                         L  +  -  -  -  -
            coverage                                                   L  +  -  -  -  -
            coverage-map                                               +  +  +  +  +  +
            delegations                                                L  +  -  -  -  -
            demo/outbox                                                m  m  m  m  m  m
            help                                                       L  +  +  +  +  +
            help/article/:___url_parameter                             L  +  +  +  +  +
            info/about                                                 +  +  +  +  +  +
            info/contacts                                              +  +  +  +  +  +
            login                                                      +  >  >  >  >  >
            my-accounts                                                L  +  -  -  -  -
            notices                                                    L  +  -  -  -  -
            notifications                                              L  +  +  +  +  +
            overview/:accountId?([0-9]{1,18})                          L  +  -  -  -  -
            password-reset/:___url_parameter                           +  +  +  +  +  +
            payments/:accountId?([0-9]{1,18})                          L  +  -  -  -  -
            readings-to-check                                          L  -  m  +  +  -
            readings/:meterId?([0-9]{1,18})                            L  +  -  -  -  -
            receipts/:accountId?([0-9]{1,18})                          L  +  -  -  -  -
            register                                                   +  +  >  >  >  >
            review-queue                                               L  -  m  +  +  -
            sandbox/pay/:id([A-Za-z0-9_-]{1,80})                       L  +  -  -  -  -
            second-factor                                              L  >  >  >  >  >
            sign-ins                                                   L  +  +  +  +  +
            visits                                                     L  +  -  -  -  -
            """;

    /** The demo's cabinet data and two users of its grid company. Not a @Configuration: component scanning must never pick it up. */
    static class Users {
        @Bean(destroyMethod = "close")
        Database database() {
            Database database = TestUsers.freshDatabase();
            new CabinetSeeder(database.dataSource(), Clock.systemUTC()).seed(DemoSeedBeans.GRID, List.of());
            long bare = TestUsers.insertUser(database.dataSource(), "am-bare", PASSWORD, Role.OPERATOR, "Без модулей", "ru");
            TestUsers.staffOf(database.dataSource(), bare, DemoSeedBeans.GRID);
            long supplier = TestUsers.insertUser(database.dataSource(), "am-supplier", PASSWORD, Role.SUPPLIER, "Сбыт", "ru");
            TestUsers.staffOf(database.dataSource(), supplier, DemoSeedBeans.GRID);
            return database;
        }

        @Bean
        DataSource dataSource(Database database) {
            return database.dataSource();
        }
    }

    @Test
    void every_route_opens_for_exactly_the_users_its_row_allows() {
        Map<String, String> actual = new TreeMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            String template = route.getTemplate();
            StringBuilder cells = new StringBuilder();
            for (String user : COLUMNS) {
                newUi();
                if (!user.equals("anonymous")) {
                    signIn(user, PASSWORDS.getOrDefault(user, PASSWORD));
                }
                cells.append(cells.isEmpty() ? "" : " ").append(outcome(route.getNavigationTarget(), template.replace(":step([1-4])", "1").replaceAll(":[A-Za-z_]+[^/]*", "999999")));
            }
            actual.put(template.isEmpty() ? "/" : template, cells.toString());
        }
        Map<String, String> expected = parse(EXPECTED);
        assertThat(render(actual)).as("the access matrix (whole table as it is now, to compare with EXPECTED)").isEqualTo(render(expected));
    }

    private static String outcome(Class<? extends Component> target, String path) {
        try {
            UI.getCurrent().navigate(path);
        } catch (MockAccessDeniedException e) {
            return "-";
        }
        Component shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0) instanceof Component c ? c : null;
        if (shown instanceof LoginView && target != LoginView.class) {
            return "L";
        }
        if (shown instanceof NotFoundView || !_find(Component.class, spec -> spec.withId(ModulePage.NO_MODULE_ID)).isEmpty()) {
            return "m";
        }
        if (shown == null) {
            return "?";
        }
        return target.isInstance(shown) ? "+" : ">";
    }

    private static Map<String, String> parse(String table) {
        Map<String, String> rows = new TreeMap<>();
        for (String line : table.strip().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s+", 2);
            rows.put(parts[0], parts.length > 1 ? parts[1].strip().replaceAll("\\s+", " ") : "");
        }
        return rows;
    }

    private static String render(Map<String, String> rows) {
        StringBuilder text = new StringBuilder();
        rows.forEach((route, cells) -> text.append(String.format("%-34s %s%n", route, String.join("  ", cells.split(" ")))));
        return text.toString();
    }
}
