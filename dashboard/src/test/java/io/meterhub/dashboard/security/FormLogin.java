package io.meterhub.dashboard.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The login form posted over real HTTP as a browser does (with the session's CSRF token), for tests of the sign-in. */
public final class FormLogin {
    private FormLogin() {
    }

    /** A client with a cookie jar of its own that does not follow redirects. */
    public static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Posts the form and answers where it redirects to, such as {@code /login?error} or {@code /}. */
    public static String post(HttpClient http, String baseUrl, String login, String password) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "login")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        StringBuilder form = new StringBuilder("username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8));
        Matcher csrf = Pattern.compile("_csrf_parameter\" content=\"([^\"]+)\".*?_csrf\" content=\"([^\"]+)\"", Pattern.DOTALL).matcher(page);
        assertThat(csrf.find()).as("the login page carries its CSRF token").isTrue();
        form.append('&').append(csrf.group(1)).append('=').append(URLEncoder.encode(csrf.group(2), StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        return location.replaceFirst("^https?://[^/]+", "");
    }
}
