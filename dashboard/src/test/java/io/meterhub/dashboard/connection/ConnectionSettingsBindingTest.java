package io.meterhub.dashboard.connection;

import io.meterhub.cabinet.connection.ConnectionSettings;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The connection settings come from Spring's environment (variables, properties), bound once and validated at start. */
class ConnectionSettingsBindingTest {
    private final ConnectionConfiguration configuration = new ConnectionConfiguration();

    @Test
    void the_document_limit_is_read_from_the_environment() {
        ConnectionSettings settings = configuration.connectionSettings(new MockEnvironment().withProperty("MH_CONNECTION_MAX_DOCUMENT_MB", "3"));
        assertThat(settings.maxDocumentBytes()).isEqualTo(3L * 1024 * 1024);
    }

    @Test
    void without_the_variable_the_default_applies() {
        assertThat(configuration.connectionSettings(new MockEnvironment())).isEqualTo(ConnectionSettings.DEFAULTS);
    }

    @Test
    void a_wrong_value_stops_the_start_with_a_clear_message() {
        assertThatThrownBy(() -> configuration.connectionSettings(new MockEnvironment().withProperty("MH_CONNECTION_MAX_DOCUMENT_MB", "500")))
                .hasMessage("MH_CONNECTION_MAX_DOCUMENT_MB must be 1 to 100, got 500");
    }
}
