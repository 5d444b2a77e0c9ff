package io.meterhub.dashboard.operator;

import io.meterhub.dashboard.i18n.MessagesI18NProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator's texts: both languages have the same keys, every key the views use exists, Russian reads as UTF-8. */
class OperatorMessagesTest {
    /** The operator's reading views and the staff helpers they share. */
    private static final List<Path> VIEWS = List.of(Path.of("src/main/java/io/meterhub/dashboard/readings"),
            Path.of("src/main/java/io/meterhub/dashboard/ui"));

    @Test
    void russian_and_english_have_the_same_operator_keys() throws IOException {
        Properties english = load("i18n/operator.properties");
        Properties russian = load("i18n/operator_ru.properties");
        assertThat(new TreeSet<>(russian.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        assertThat(english.stringPropertyNames()).allMatch(key -> key.startsWith("operator."));
    }

    @Test
    void every_key_the_operator_views_use_is_translated() throws IOException {
        Pattern literal = Pattern.compile("\"((?:operator|nav|reading\\.flag|reading\\.status)\\.[a-z0-9.-]+)\"");
        MessagesI18NProvider provider = new MessagesI18NProvider();
        TreeSet<String> keys = new TreeSet<>();
        try (Stream<Path> files = VIEWS.stream().flatMap(OperatorMessagesTest::list)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        assertThat(keys).contains("operator.review.accept", "operator.reject.reason");
        for (String key : keys) {
            for (String language : new String[] {"ru", "en"}) {
                assertThat(provider.getTranslation(key, Locale.forLanguageTag(language))).as(key + " in " + language).doesNotStartWith("!");
            }
        }
        assertThat(provider.getTranslation("operator.review.accept", Locale.forLanguageTag("ru"))).isEqualTo("Принять");
        assertThat(provider.getTranslation("operator.review.accept", Locale.forLanguageTag("en"))).isEqualTo("Accept");
    }

    private static Stream<Path> list(Path directory) {
        try {
            return Files.list(directory);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = OperatorMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
