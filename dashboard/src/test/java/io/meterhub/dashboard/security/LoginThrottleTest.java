package io.meterhub.dashboard.security;

import io.meterhub.dashboard.DemoDashboard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    @Test
    void a_login_post_without_its_sessions_csrf_token_is_refused_before_the_password_is_checked() throws Exception {
        HttpClient victim = FormLogin.client();
        victim.send(HttpRequest.newBuilder(URI.create(dashboard.url() + "login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        String attackersToken = token(dashboard.url());

        assertThat(rawPost(victim, "username=petrova&password=petrova123").statusCode()).as("no token").isEqualTo(403);
        assertThat(rawPost(victim, "username=petrova&password=petrova123&_csrf=" + URLEncoder.encode(attackersToken, StandardCharsets.UTF_8))
                .statusCode()).as("another session's token").isEqualTo(403);
        assertThat(count("SELECT count(*) FROM sign_in_attempt WHERE login = 'petrova'")).as("refused before the throttle").isZero();
        assertThat(post(victim, "petrova", "petrova123")).as("with the page's own token").doesNotContain("login");
    }

    /** The CSRF token the login page of a new session carries. */
    private static String token(String base) throws Exception {
        HttpClient other = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = other.send(HttpRequest.newBuilder(URI.create(base + "login")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the login page carries its token").isTrue();
        return csrf.group(1);
    }

    private static HttpResponse<String> rawPost(HttpClient http, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(dashboard.url() + "login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
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
