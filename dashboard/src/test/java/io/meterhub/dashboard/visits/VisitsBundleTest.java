package io.meterhub.dashboard.visits;

import io.meterhub.cabinet.visits.VisitStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The appointments' pages speak Russian and English with the same keys, every visit status included. */
class VisitsBundleTest {
    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VisitsBundleTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void russian_and_english_have_the_same_keys_and_every_status_its_name() throws IOException {
        Properties russian = load("i18n/visits_ru.properties");
        Properties english = load("i18n/visits.properties");
        assertThat(new TreeSet<>(russian.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (VisitStatus status : VisitStatus.values()) {
            assertThat(russian.getProperty("visits.status." + status.name())).as(status.name()).isNotBlank();
        }
        assertThat(russian.getProperty("nav.visits")).isEqualTo("Запись на приём");
        assertThat(russian.getProperty("nav.admin-visits")).isEqualTo("Расписание приёма");
    }
}
