package io.meterhub.dashboard.directory;

import io.meterhub.dashboard.DashboardConfig;
import io.meterhub.dashboard.DashboardServer;
import io.meterhub.dashboard.DemoDashboard;
import io.meterhub.dashboard.DemoSeedBeans;
import io.meterhub.dashboard.security.FormLogin;
import io.meterhub.demo.DemoDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.meterhub.demo.DemoDirectory.ACCOUNTING;
import static io.meterhub.demo.DemoDirectory.ADMINS;
import static io.meterhub.demo.DemoDirectory.NORMAL_ACCOUNT;
import static io.meterhub.demo.DemoDirectory.READINGS;
import static io.meterhub.demo.DemoDirectory.REGISTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Staff sign in through the login form (real HTTP) against a real embedded directory (UnboundID, the demo's AD-like
 * tree) and PostgreSQL: the bind makes the app login with the role and modules of the groups, at every sign-in anew;
 * the directory's refusals (disabled, gone, no mapped group) and the app's block hold; wrong passwords are throttled and
 * recorded as the app's are; the logins the directory does not manage keep the app's passwords.
 */
class DirectorySignInTest {
    private static final String ORG = DemoSeedBeans.GRID;
    private static DirectoryDashboard running;
    private static DemoDirectory directory;
    private static DemoDashboard dashboard;

    /** Where a staff member's right password leads, whoever checked it: the second factor comes next (twofactor). */
    private static final String SECOND_STEP = "/" + io.meterhub.dashboard.twofactor.SecondFactorView.ROUTE;

    @BeforeAll
    static void start() {
        running = DirectoryDashboard.start();
        directory = running.directory;
        dashboard = running.dashboard;
    }

    @AfterAll
    static void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void a_directory_staff_member_signs_in_and_gets_the_role_and_modules_of_their_groups() throws Exception {
        assertThat(signIn(DemoDirectory.ACTIVE, DemoDirectory.ACTIVE_PASSWORD)).isEqualTo(SECOND_STEP);

        assertThat(rows("SELECT role, organization_id, display_name, directory_dn FROM app_user WHERE login = ?", DemoDirectory.ACTIVE))
                .containsExactly(List.of("OPERATOR", ORG, "Кузнецова Анна Сергеевна", DemoDirectory.dn("Кузнецова Анна Сергеевна")));
        assertThat(modules(DemoDirectory.ACTIVE)).containsExactly("APPEALS", "READINGS", "REGISTRY");
        assertThat(rows("SELECT a.outcome FROM sign_in_attempt a JOIN app_user u ON u.id = a.user_id WHERE u.login = ?", DemoDirectory.ACTIVE))
                .containsExactly(List.of("SUCCESS"));
        assertThat(rows("SELECT actor_login, action FROM audit_entry e JOIN app_user u ON e.record_id = u.id::text WHERE u.login = ?",
                DemoDirectory.ACTIVE)).containsExactly(List.of("directory", "staff.directory_sync"));
    }

    @Test
    void a_group_taken_away_in_the_directory_takes_the_module_away_at_the_next_sign_in() throws Exception {
        directory.addUser("sergeev", "sergeev-pass", "Сергеев Илья", NORMAL_ACCOUNT, List.of(READINGS, REGISTRY));
        assertThat(signIn("sergeev", "sergeev-pass")).isEqualTo(SECOND_STEP);
        assertThat(modules("sergeev")).containsExactly("APPEALS", "READINGS", "REGISTRY");

        directory.setGroups("Сергеев Илья", List.of(REGISTRY));
        assertThat(signIn("Sergeev", "sergeev-pass")).as("the login as AD takes it, in any case").isEqualTo(SECOND_STEP);
        assertThat(modules("sergeev")).containsExactly("REGISTRY");

        directory.setGroups("Сергеев Илья", List.of(ADMINS, REGISTRY));
        assertThat(signIn("sergeev", "sergeev-pass")).isEqualTo(SECOND_STEP);
        assertThat(rows("SELECT role FROM app_user WHERE login = ?", "sergeev")).containsExactly(List.of("ADMIN"));
        assertThat(modules("sergeev")).as("an administrator holds every module without rows").isEmpty();
        assertThat(rows("SELECT count(*)::text FROM app_user WHERE login = ?", "sergeev")).containsExactly(List.of("1"));
        assertThat(rows("SELECT count(*)::text FROM audit_entry e JOIN app_user u ON e.record_id = u.id::text WHERE u.login = ? "
                + "AND action = 'staff.directory_sync'", "sergeev")).as("one entry per change").containsExactly(List.of("3"));
    }

    @Test
    void an_account_disabled_in_the_directory_is_refused_and_told_why() throws Exception {
        assertThat(signIn(DemoDirectory.DISABLED, DemoDirectory.DISABLED_PASSWORD)).isEqualTo("/login?refused=disabled");
        assertThat(rows("SELECT login FROM app_user WHERE login = ?", DemoDirectory.DISABLED)).isEmpty();
        assertThat(rows("SELECT outcome FROM sign_in_attempt WHERE login = ?", DemoDirectory.DISABLED)).containsExactly(List.of("FAILURE"));

        directory.addUser("belova", "belova-pass", "Белова Ольга", NORMAL_ACCOUNT, List.of(READINGS));
        assertThat(signIn("belova", "belova-pass")).isEqualTo(SECOND_STEP);
        directory.setAccountControl("Белова Ольга", NORMAL_ACCOUNT | DemoDirectory.ACCOUNT_DISABLE);
        assertThat(signIn("belova", "belova-pass")).as("disabled after her first sign-in").isEqualTo("/login?refused=disabled");
    }

    @Test
    void an_account_gone_from_the_directory_no_longer_signs_in() throws Exception {
        directory.addUser("orlov", "orlov-pass", "Орлов Денис", NORMAL_ACCOUNT, List.of(READINGS));
        assertThat(signIn("orlov", "orlov-pass")).isEqualTo(SECOND_STEP);
        directory.delete("Орлов Денис");
        assertThat(signIn("orlov", "orlov-pass")).isEqualTo("/login?error");
    }

    @Test
    void an_account_in_no_mapped_group_is_refused_and_told_why() throws Exception {
        directory.addUser("buhgalter", "buhgalter-pass", "Бухгалтер Нина", NORMAL_ACCOUNT, List.of(ACCOUNTING));
        assertThat(signIn("buhgalter", "buhgalter-pass")).isEqualTo("/login?refused=no_groups");
        assertThat(rows("SELECT login FROM app_user WHERE login = ?", "buhgalter")).isEmpty();
    }

    @Test
    void a_login_blocked_in_the_app_stays_blocked_though_the_directory_binds() throws Exception {
        directory.addUser("zaitsev", "zaitsev-pass", "Зайцев Пётр", NORMAL_ACCOUNT, List.of(READINGS));
        assertThat(signIn("zaitsev", "zaitsev-pass")).isEqualTo(SECOND_STEP);
        update("UPDATE app_user SET blocked_at = now(), blocked_reason = 'уволен' WHERE login = ?", "zaitsev");
        assertThat(signIn("zaitsev", "zaitsev-pass")).isEqualTo("/login?refused=blocked");
    }

    @Test
    void wrong_directory_passwords_are_refused_and_counted_by_the_throttle() throws Exception {
        directory.addUser("volkov", "volkov-pass", "Волков Иван", NORMAL_ACCOUNT, List.of(READINGS));
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(signIn("volkov", "wrong-" + i));
        }
        assertThat(answers.subList(0, 5)).containsOnly("/login?error");
        assertThat(answers.get(5)).startsWith("/login?locked=");
        assertThat(rows("SELECT outcome, count(*)::text FROM sign_in_attempt WHERE login = ? GROUP BY 1 ORDER BY 1", "volkov"))
                .containsExactly(List.of("FAILURE", "5"), List.of("LOCKED", "1"));
        assertThat(signIn("volkov", "volkov-pass")).as("the right password is not checked while locked").startsWith("/login?locked=");
        assertThat(rows("SELECT login FROM app_user WHERE login = ?", "volkov")).isEmpty();
        assertThat(signIn("volkov", "")).as("an empty password is no anonymous bind").startsWith("/login?");
    }

    @Test
    void logins_the_directory_does_not_manage_keep_the_app_passwords() throws Exception {
        assertThat(signIn("operator", "operator123")).as("the organization's staff unknown to the directory").isEqualTo(SECOND_STEP);
        assertThat(signIn("ivanov", "ivanov123")).as("a customer").isEqualTo("/");
        assertThat(signIn("nobody-at-all", "whatever123")).isEqualTo("/login?error");

        // the directory holds a "petrova" too: it never takes over a customer's login, whose own password stays the one
        directory.addUser("petrova", "directory-pass", "Петрова из каталога", NORMAL_ACCOUNT, List.of(ADMINS));
        assertThat(signIn("petrova", "directory-pass")).isEqualTo("/login?error");
        assertThat(signIn("petrova", "petrova123")).isEqualTo("/");
        assertThat(rows("SELECT role, directory_dn FROM app_user WHERE login = ?", "petrova")).containsExactly(java.util.Arrays.asList("CUSTOMER", null));
    }

    @Test
    void a_directory_named_only_in_part_stops_the_cabinet_at_start_naming_the_variables() {
        Map<String, String> half = new HashMap<>(directory.variables(ORG));
        half.remove("MH_LDAP_GROUP_MODULES");
        half.put("MH_LDAP_BASE_DN", "vsk.local");
        assertThatThrownBy(() -> DashboardServer.start(DashboardConfig.of(0, dashboard.database.dataSource()), half).close())
                .hasStackTraceContaining("MH_LDAP_BASE_DN is not a DN: \"vsk.local\"")
                .hasStackTraceContaining("MH_LDAP_GROUP_MODULES must map at least one directory group");
        Map<String, String> elsewhere = new HashMap<>(directory.variables("NO_SUCH_ORG"));
        assertThatThrownBy(() -> DashboardServer.start(DashboardConfig.of(0, dashboard.database.dataSource()), elsewhere).close())
                .hasStackTraceContaining("MH_LDAP_ORGANIZATION names no organization: \"NO_SUCH_ORG\"");
    }

    private static String signIn(String login, String password) throws Exception {
        return FormLogin.post(FormLogin.client(), dashboard.url(), login, password);
    }

    private static List<String> modules(String login) throws Exception {
        return rows("SELECT g.module FROM staff_grant g JOIN app_user u ON u.id = g.user_id WHERE u.login = ? ORDER BY 1", login).stream()
                .map(r -> r.get(0)).toList();
    }

    private static List<List<String>> rows(String sql, String parameter) throws Exception {
        try (Connection c = dashboard.database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        row.add(r.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static void update(String sql, String parameter) throws Exception {
        try (Connection c = dashboard.database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            s.executeUpdate();
        }
    }
}
