package io.meterhub.dashboard.security;

import io.meterhub.dashboard.DemoDashboard;
import io.meterhub.dashboard.SecurityConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cabinet's answers over real HTTP carry the protections a browser honours: a content security policy Vaadin runs
 * under, no referrer to other sites, no framing, the session id only in an HttpOnly SameSite cookie (never in a link),
 * and behind a TLS proxy a Secure cookie and HSTS.
 */
class SessionHeadersTest {
    private static DemoDashboard dashboard;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        dashboard = DemoDashboard.start();
    }

    @AfterAll
    static void stop() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @Test
    void the_login_page_carries_the_policy_and_a_cookie_only_session() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(dashboard.url() + "login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax")
                .doesNotContain("Secure"));
        assertThat(page.body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void behind_a_tls_proxy_the_cookie_is_secure_and_hsts_is_sent() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(dashboard.url() + "login"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000 ; includeSubDomains");
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("Secure"));
    }
}
