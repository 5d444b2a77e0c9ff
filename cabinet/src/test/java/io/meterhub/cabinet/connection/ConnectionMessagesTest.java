package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.calendar.CalendarNotCoveredException;
import io.meterhub.cabinet.calendar.DeadlineRules;
import io.meterhub.cabinet.calendar.DeadlineStep;
import io.meterhub.cabinet.common.Messages;
import io.meterhub.cabinet.registration.ProfileRules;
import io.meterhub.cabinet.registration.RegistrationService;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every code the applications can refuse with, and every label a page shows, has its text in Russian and English. */
class ConnectionMessagesTest {
    private static final Locale RU = Locale.forLanguageTag("ru");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConnectionMessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void both_languages_have_the_same_keys() throws IOException {
        assertThat(bundle("connection-messages_ru.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(bundle("connection-messages.properties").keySet());
    }

    @Test
    void every_code_and_label_has_a_text_in_both_languages() throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Class<?> type : List.of(RegistrationService.class, ProfileRules.class, DeadlineRules.class)) {
            for (Field field : type.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class && ((String) field.get(null)).contains(".")) {
                    keys.add((String) field.get(null));
                }
            }
        }
        for (ConnectionError error : ConnectionError.values()) {
            keys.add(error.code());
        }
        keys.add(CalendarNotCoveredException.CODE);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            keys.add("connection.status." + status.name());
        }
        for (WorkflowAction action : WorkflowAction.values()) {
            keys.add("connection.action." + action.name());
        }
        for (DocumentKind kind : DocumentKind.values()) {
            keys.add("connection.document.kind." + kind.name());
        }
        for (ObjectKind kind : ObjectKind.values()) {
            keys.add("connection.object.kind." + kind.name());
        }
        for (ConnectionKind kind : ConnectionKind.values()) {
            keys.add("connection.connection_kind." + kind.name());
        }
        for (ReliabilityCategory category : ReliabilityCategory.values()) {
            keys.add("connection.reliability." + category.name());
        }
        for (DeadlineStep step : DeadlineStep.values()) {
            keys.add("deadline.step." + step.name());
        }
        for (String key : keys) {
            // a missing key renders as the key itself
            assertThat(Messages.format(key, Locale.ENGLISH)).as(key).doesNotStartWith(key);
            assertThat(Messages.format(key, RU)).as(key).doesNotStartWith(key);
        }
        assertThat(keys).hasSizeGreaterThan(80);
    }
}
