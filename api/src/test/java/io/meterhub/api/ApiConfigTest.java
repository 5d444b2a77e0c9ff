package io.meterhub.api;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiConfigTest {

    @Test
    void the_defaults_are_port_8081_a_50_mb_body_and_the_local_broker() {
        ApiConfig config = ApiConfig.fromEnvironment(Map.of());

        assertThat(config.port()).isEqualTo(8081);
        assertThat(config.maxBodyBytes()).isEqualTo(50L * 1024 * 1024);
        assertThat(config.mqttUri()).isEqualTo("tcp://127.0.0.1:1883");
        assertThat(config.storage().jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/meterhub");
    }

    @Test
    void every_wrong_variable_is_named_at_once() {
        assertThatThrownBy(() -> ApiConfig.fromEnvironment(Map.of("MH_API_PORT", "eighty", "MH_API_MAX_BODY_MB", "0",
                "MH_MQTT_USER", "meterhub-api", "MH_DB_URL", "mysql://x")))
                .hasMessageContaining("MH_API_PORT must be a whole number")
                .hasMessageContaining("MH_API_MAX_BODY_MB must be between 1 and 2047")
                .hasMessageContaining("MH_MQTT_PASSWORD")
                .hasMessageContaining("MH_DB_URL");
    }

    @Test
    void a_broker_uri_that_is_not_mqtt_is_refused() {
        assertThatThrownBy(() -> ApiConfig.fromEnvironment(Map.of("MH_MQTT_URI", "http://broker")))
                .hasMessageContaining("MH_MQTT_URI must look like tcp://host:1883");
    }
}
