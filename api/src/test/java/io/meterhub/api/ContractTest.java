package io.meterhub.api;

import io.meterhub.cabinet.apikeys.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract is served as the file it is, and the rate limit of a key. */
class ContractTest {
    private static ApiFixture api;

    @BeforeAll
    static void start() {
        api = new ApiFixture("api_contract", config -> config.withLimits(config.maxBodyBytes(), 1, 3));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void the_contract_is_served_without_a_key_exactly_as_the_file_in_the_repository() throws Exception {
        HttpResponse<String> response = api.send("GET", "/api/v1/openapi.yaml", (String) null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/yaml");
        assertThat(response.body()).isEqualTo(new String(Contract.load().bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void a_key_over_its_rate_gets_429_with_retry_after_and_another_key_is_not_slowed() {
        String busy = api.key(ApiFixture.ORG_A, Scope.EXPORTS_READ);
        String calm = api.key(ApiFixture.ORG_A, Scope.EXPORTS_READ);
        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> response = api.send("GET", "/api/v1/meters", (String) null, "X-Api-Key", busy);
            if (response.statusCode() == 429) {
                limited++;
                retryAfter = response.headers().firstValue("Retry-After").orElse(null);
                assertThat(response.body()).contains("urn:meterhub:problem:rate-limited");
            }
        }

        assertThat(limited).isGreaterThanOrEqualTo(2);
        assertThat(retryAfter).isEqualTo("1");
        assertThat(api.send("GET", "/api/v1/meters", (String) null, "X-Api-Key", calm).statusCode()).isEqualTo(200);
    }

    @Test
    void a_key_is_stored_as_its_hash_only_and_its_last_use_is_recorded() {
        String key = api.key(ApiFixture.ORG_B, Scope.EXPORTS_READ);
        String id = key.split("_")[1];
        assertThat(api.count("SELECT count(*) FROM api_key WHERE id = '" + id + "' AND last_used_at IS NULL")).isEqualTo(1);

        api.send("GET", "/api/v1/meters", (String) null, "X-Api-Key", key);

        assertThat(api.count("SELECT count(*) FROM api_key WHERE id = '" + id + "' AND last_used_at > now() - interval '1 minute'"))
                .isEqualTo(1);
        assertThat(api.count("SELECT count(*) FROM api_key WHERE id = '" + id + "' AND key_sha256 = sha256(convert_to('" + key
                + "', 'UTF8'))")).isEqualTo(1);
        assertThat(api.count("SELECT count(*) FROM api_key WHERE position('" + key.substring(key.lastIndexOf('_') + 1)
                + "' IN (id || name || array_to_string(scopes, ','))) > 0")).isZero();
        assertThat(Instant.now()).isNotNull();
    }
}
