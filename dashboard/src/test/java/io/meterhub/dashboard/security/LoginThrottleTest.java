package io.meterhub.dashboard.security;

import io.meterhub.dashboard.DemoDashboard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login form's throttle over real HTTP (the dashboard's server, Java's HTTP client, PostgreSQL): a burst of wrong
 * passwords for one login is refused unchecked after the free ones and told how long to wait; the owner gets in with
 * the right password once the lock ends (a first delay of one second, set for this test); every attempt is recorded.
 */
class LoginThrottleTest {
    private static DemoDashboard dashboard;

    @BeforeAll
    static void start() {
        System.setProperty("MH_LOGIN_FIRST_DELAY_SECONDS", "1");
        System.setProperty("MH_LOGIN_MAX_LOCK_SECONDS", "2");
        try {
            dashboard = DemoDashboard.start();
        } finally {
            System.clearProperty("MH_LOGIN_FIRST_DELAY_SECONDS");
            System.clearProperty("MH_LOGIN_MAX_LOCK_SECONDS");
        }
    }

    @AfterAll
    static void stop() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @Test
    void the_twentieth_wrong_password_is_refused_unchecked_and_the_right_one_works_after_the_lock() throws Exception {
        HttpClient http = FormLogin.client();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(post(http, "sidorov", "wrong-" + i));
        }
        assertThat(answers.subList(0, 5)).as("the free failures are checked").containsOnly("/login?error");
        assertThat(answers.get(19)).matches("/login\\?locked=[12]");
        assertThat(answers.subList(5, 20)).allMatch(a -> a.startsWith("/login?locked="));
        assertThat(count("SELECT count(*) FROM sign_in_attempt WHERE login = 'sidorov' AND outcome = 'FAILURE'")).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM sign_in_attempt WHERE login = 'sidorov' AND outcome = 'LOCKED'")).isEqualTo(15);
        assertThat(post(http, "sidorov", "sidorov123")).as("the right password while locked is not checked either").startsWith("/login?locked=");

        Thread.sleep(2_100);
        String signedIn = post(http, "sidorov", "sidorov123");
        assertThat(signedIn).doesNotContain("login");
        assertThat(count("SELECT count(*) FROM sign_in_attempt WHERE login = 'sidorov' AND outcome = 'SUCCESS'")).isEqualTo(1);
        assertThat(post(FormLogin.client(),
                "sidorov", "wrong")).as("a success starts the count again").isEqualTo("/login?error");
    }

    private static String post(HttpClient http, String login, String password) throws Exception {
        return FormLogin.post(http, dashboard.url(), login, password);
    }

    private static long count(String sql) throws Exception {
        try (Connection c = dashboard.database.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
