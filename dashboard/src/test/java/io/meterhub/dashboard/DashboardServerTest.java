package io.meterhub.dashboard;

import io.meterhub.storage.StorageConfig;
import io.meterhub.testkit.TestServices;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server as the launcher starts it, with a pool of its own, serving the production bundle. */
class DashboardServerTest {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void starts_on_a_free_port_with_its_own_migrated_pool_serves_the_production_bundle_and_stops() throws Exception {
        String url;
        try (DashboardServer server = DashboardServer.start(DashboardConfig.of(0, StorageConfig.of(TestServices.freshDatabase("dashboard"))))) {
            url = server.url();
            assertThat(server.port()).isPositive();
            assertThat(url).isEqualTo("http://localhost:" + server.port() + "/");

            HttpResponse<String> login = get(url + "login");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("VAADIN/build/indexhtml-").doesNotContain("@vite/client");

            // a view needs a login: the browser is sent to the login page
            HttpResponse<String> overview = get(url + "overview");
            assertThat(overview.statusCode()).isEqualTo(302);
            assertThat(overview.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
        assertThatThrownBy(() -> get(url + "login")).isInstanceOf(ConnectException.class);
    }

    private HttpResponse<String> get(String address) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(address)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
