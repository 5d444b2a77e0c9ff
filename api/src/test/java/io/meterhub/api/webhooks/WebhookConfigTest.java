package io.meterhub.api.webhooks;

import io.meterhub.api.ApiConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookConfigTest {

    @Test
    void the_api_reads_the_retry_base_and_the_timeout_and_keeps_the_day_of_retries() {
        WebhookConfig config = ApiConfig.fromEnvironment(Map.of("MH_WEBHOOK_RETRY_BASE_MS", "5000", "MH_WEBHOOK_TIMEOUT_MS", "2500")).webhooks();

        assertThat(config.retryBase()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.timeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(config.retryWindow()).isEqualTo(Duration.ofHours(24));
        assertThat(ApiConfig.fromEnvironment(Map.of()).webhooks()).isEqualTo(WebhookConfig.defaults());
    }

    @Test
    void a_wrong_value_is_named_with_the_other_wrong_variables() {
        assertThatThrownBy(() -> ApiConfig.fromEnvironment(Map.of("MH_WEBHOOK_RETRY_BASE_MS", "soon", "MH_WEBHOOK_TIMEOUT_MS", "0",
                "MH_API_PORT", "-1")))
                .hasMessageContaining("MH_WEBHOOK_RETRY_BASE_MS")
                .hasMessageContaining("MH_WEBHOOK_TIMEOUT_MS")
                .hasMessageContaining("MH_API_PORT");
    }
}
