package io.meterhub.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract's rendered page: served without a key, it loads Redoc from this server (the bundle
 * committed under api/src/main/resources/docs, byte for byte the one its VERSION file names) and
 * renders this server's contract; its policy lets the browser fetch nothing from anywhere else.
 */
class ContractPageTest {
    private static ApiFixture api;

    @BeforeAll
    static void start() {
        api = new ApiFixture("contract_page");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void the_page_is_public_and_points_at_this_servers_contract_and_renderer_only() {
        HttpResponse<String> page = api.send("GET", "/api/v1/docs", (String) null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("<redoc spec-url=\"/api/v1/openapi.yaml\"").contains("disable-telemetry=\"true\"")
                .contains("<script type=\"module\" src=\"/api/v1/docs/redoc.standalone.js\"></script>")
                .doesNotContain("http://", "https://");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith("default-src 'none'; script-src 'self';").contains("connect-src 'self'").doesNotContain("http");
    }

    @Test
    void the_renderer_is_the_bundled_redoc_the_version_file_names() throws Exception {
        HttpResponse<byte[]> script = api.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + api.server.port()
                + "/api/v1/docs/redoc.standalone.js")).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body().length).isGreaterThan(1_000_000);
        assertThat(new String(script.body(), 0, 200, StandardCharsets.UTF_8)).contains("Version: 3.0.1");
        String version;
        try (InputStream in = ContractPageTest.class.getResourceAsStream("/docs/redoc.VERSION")) {
            version = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(script.body()));
        assertThat(version).startsWith("redoc 3.0.1 ").contains("replaced by data:, (api/scripts/refresh-redoc.sh), sha256 " + sha256);
        // nothing in it that a browser would fetch from Redocly's CDN by itself
        assertThat(new String(script.body(), StandardCharsets.UTF_8)).doesNotContain("cdn.redoc.ly");
        try (InputStream licence = ContractPageTest.class.getResourceAsStream("/docs/redoc.LICENSE")) {
            assertThat(new String(licence.readAllBytes(), StandardCharsets.UTF_8)).startsWith("The MIT License (MIT)");
        }
    }
}
