package io.meterhub.dashboard.customers;

import io.meterhub.cabinet.common.Messages;
import io.meterhub.dashboard.i18n.MessagesI18NProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The customers' texts: both languages have the same keys, every key the pages and the services use exists in both. */
class CustomersMessagesTest {
    @Test
    void russian_and_english_have_the_same_customers_keys() throws IOException {
        for (String name : new String[] {"i18n/customers", "customers-messages"}) {
            Properties english = load(name + ".properties");
            Properties russian = load(name + "_ru.properties");
            assertThat(new TreeSet<>(russian.stringPropertyNames())).as(name).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        }
    }

    @Test
    void every_key_the_customers_pages_and_services_use_is_translated() throws IOException {
        Pattern literal = Pattern.compile("\"((?:admin\\.customers|nav|customers)\\.[A-Za-z0-9._-]+)\"");
        TreeSet<String> keys = new TreeSet<>();
        for (Path directory : new Path[] {Path.of("src/main/java/io/meterhub/dashboard/customers"),
                Path.of("../cabinet/src/main/java/io/meterhub/cabinet/customers")}) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = literal.matcher(Files.readString(file));
                    while (m.find()) {
                        if (!m.group(1).endsWith(".")) {
                            keys.add(m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(keys).contains("admin.customers.search.find", "customers.reason_required");
        MessagesI18NProvider provider = new MessagesI18NProvider();
        for (String key : keys) {
            for (String language : new String[] {"ru", "en"}) {
                assertThat(provider.getTranslation(key, Locale.forLanguageTag(language))).as(key + " in " + language).doesNotStartWith("!");
            }
        }
        assertThat(Messages.format("customers.reason_required", Locale.forLanguageTag("ru"))).startsWith("Укажите причину");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CustomersMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
