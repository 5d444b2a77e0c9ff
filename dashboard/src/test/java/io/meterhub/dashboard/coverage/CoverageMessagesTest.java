package io.meterhub.dashboard.coverage;

import io.meterhub.cabinet.powercalculator.DeviceType;
import io.meterhub.cabinet.powercalculator.PowerClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The coverage map's and power calculator's texts: the same keys in Russian and English, every device kind and power class named. */
class CoverageMessagesTest {
    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CoverageMessagesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/coverage", "coverage-messages"})
    void both_languages_have_the_same_keys(String bundle) throws IOException {
        assertThat(bundle(bundle + "_ru.properties").keySet()).containsExactlyInAnyOrderElementsOf(bundle(bundle + ".properties").keySet());
    }

    @Test
    void every_device_kind_and_power_class_has_a_text() throws IOException {
        Properties russian = bundle("i18n/coverage_ru.properties");
        for (DeviceType type : DeviceType.values()) {
            assertThat(russian.getProperty("power.type." + type.name())).as(type.name()).isNotBlank();
        }
        for (PowerClass powerClass : PowerClass.values()) {
            assertThat(russian.getProperty("power.class." + powerClass.name())).as(powerClass.name()).isNotBlank();
        }
    }
}
