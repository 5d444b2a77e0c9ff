package io.meterhub.ingest.mqtt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MqttIngestConfigTest {

    @Test
    void credentials_come_from_the_environment_and_are_never_printed() {
        MqttIngestConfig config = MqttIngestConfig.fromEnvironment(Map.of("MH_MQTT_USER", "meterhub-stream", "MH_MQTT_PASSWORD", "s3cret"));
        assertThat(config.login().user()).isEqualTo("meterhub-stream");
        assertThat(config.login().password()).isEqualTo("s3cret");
        assertThat(config.toString()).contains("meterhub-stream").doesNotContain("s3cret");
    }

    @Test
    void a_user_without_a_password_or_a_password_without_a_user_is_refused() {
        assertThatThrownBy(() -> MqttIngestConfig.fromEnvironment(Map.of("MH_MQTT_USER", "meterhub-stream")))
                .hasMessageContaining("MH_MQTT_USER is set (\"meterhub-stream\") but MH_MQTT_PASSWORD is not");
        assertThatThrownBy(() -> MqttIngestConfig.fromEnvironment(Map.of("MH_MQTT_PASSWORD", "s3cret")))
                .hasMessageContaining("MH_MQTT_PASSWORD is set but MH_MQTT_USER is not");
    }

    @Test
    void a_ca_file_is_read_once_and_travels_with_the_configuration(@TempDir Path dir) throws Exception {
        Path ca = Files.writeString(dir.resolve("ca.crt"), TEST_CA);
        MqttIngestConfig config = MqttIngestConfig.fromEnvironment(Map.of("MH_MQTT_URI", "ssl://broker:8883",
                "MH_MQTT_USER", "meterhub-stream", "MH_MQTT_PASSWORD", "s3cret", "MH_MQTT_CA_FILE", ca.toString()));
        Files.delete(ca);
        assertThat(config.login().trustedCaPem()).isEqualTo(TEST_CA);
    }

    @Test
    void a_ca_file_without_tls_missing_or_not_a_certificate_is_refused_with_the_reason(@TempDir Path dir) throws Exception {
        Path ca = Files.writeString(dir.resolve("ca.crt"), TEST_CA);
        assertThatThrownBy(() -> MqttIngestConfig.fromEnvironment(Map.of("MH_MQTT_URI", "tcp://broker:1883", "MH_MQTT_CA_FILE", ca.toString())))
                .hasMessageContaining("MH_MQTT_CA_FILE is set but MH_MQTT_URI \"tcp://broker:1883\" is not TLS: use ssl://host:8883");
        assertThatThrownBy(() -> MqttIngestConfig.fromEnvironment(Map.of("MH_MQTT_URI", "ssl://broker:8883",
                "MH_MQTT_CA_FILE", dir.resolve("missing.crt").toString())))
                .hasMessageStartingWith("MH_MQTT_CA_FILE \"" + dir.resolve("missing.crt") + "\" cannot be read");
        Path notPem = Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        assertThatThrownBy(() -> MqttIngestConfig.fromEnvironment(Map.of("MH_MQTT_URI", "ssl://broker:8883", "MH_MQTT_CA_FILE", notPem.toString())))
                .hasMessageStartingWith("MH_MQTT_CA_FILE \"" + notPem + "\" holds no PEM certificate");
    }

    /** A throwaway self-signed certificate (deploy/mosquitto/make-test-certs), only parsed here. */
    private static final String TEST_CA = """
            -----BEGIN CERTIFICATE-----
            MIIDJzCCAg+gAwIBAgIURUK2hSgDhobo/RaZnWN9xQBvo+UwDQYJKoZIhvcNAQEL
            BQAwGzEZMBcGA1UEAwwQTWV0ZXJodWIgdGVzdCBDQTAeFw0yNjEyMDIxNDA4NDZa
            Fw0yOTAzMDYxNDA4NDZaMBsxGTAXBgNVBAMMEE1ldGVyaHViIHRlc3QgQ0EwggEi
            MA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQCPpv6auq0pm6TuEXnFxgG7cQ7D
            D8khAdFNzHZ2zDFOsns0levm0Hcpb1YKXb7eWcNCNIJyDY6pjpPL71TTi0xDHXQ2
            DvM53UuFx9pmyDRae03fRyHph25GjTxDaXk5jRTSnMuLX4tbCf6blJzgl1/FUYFR
            bCiT7Ug/pVFR2UcwD2e4/Nz7OrSMIqpmn1wTBqZnBXGNOjijpDRHo8G0nPKRbsTB
            UQ7DC8PCRQq+JK2Xf3ieU44U9INEdrr+VU2jvMDpegBUsUXrpdK5q9e/1sRuGGD1
            K728aFn1xSS+ZbF4LI1zD+m4x8IOmexsl/cO5sEuNQLq5Cm7d+cexjVvs31/AgMB
            AAGjYzBhMB0GA1UdDgQWBBQzgX5AqYgaGLQi6on/6xzvjKTd6zAfBgNVHSMEGDAW
            gBQzgX5AqYgaGLQi6on/6xzvjKTd6zAPBgNVHRMBAf8EBTADAQH/MA4GA1UdDwEB
            /wQEAwIBBjANBgkqhkiG9w0BAQsFAAOCAQEAgUNb395AYeoe6NAdIDl6ywKJKC9L
            5lkuVKcw4oPguzmeldZXnByUdlSszmoa9ynjswAE5T/TiTL0Obv6PV3BXtpCz3Zk
            +tyUsb5VWkq0x+amA+Y4qq+gAYuyXQoXAUdShf4+j2p7B0gylrERZU/h38PhdeEF
            kdIrU+afgpjrgCRi3H0qiLDZtxVIivnNOzwocynl+YwLzqfu9+W2N/z/pk4zVlEv
            4ABWm6laMyfrP7Bc10/JJSOv4FN8FwwNER37p5H/pCptwtUARXQ1VOZZjtHZCDha
            8GpkZJxhuibzk0vNyZMqibj68NqqvKwJttMXK0DqQMbGmGhBrXEubonkLA==
            -----END CERTIFICATE-----
            """;
}
