package io.meterhub.cabinet.appeals;

import io.meterhub.cabinet.common.Messages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every status, category and refusal of the appeals has its text in Russian and English. */
class AppealsMessagesTest {
    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AppealsMessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void both_languages_have_the_same_keys() throws IOException {
        assertThat(bundle("appeals-messages_ru.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(bundle("appeals-messages.properties").keySet());
    }

    @Test
    void every_status_category_and_refusal_has_a_text() {
        List<String> keys = new ArrayList<>(List.of(AppealAccess.NO_SUCH_APPEAL, AppealThread.TEXT_REQUIRED, AppealThread.TEXT_TOO_LONG,
                AppealFiling.SUBJECT_REQUIRED, AppealFiling.CATEGORY_REQUIRED, AppealTerms.DAYS_INVALID));
        for (AppealStatus status : AppealStatus.values()) {
            keys.add("appeals.status." + status.name());
        }
        for (AppealCategory category : AppealCategory.values()) {
            keys.add("appeals.category." + category.name());
        }
        for (AppealAction action : AppealAction.values()) {
            keys.add("appeals.refused." + action.name());
        }
        for (String key : keys) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
                assertThat(Messages.format(key, locale)).as(key + " in " + locale).doesNotStartWith(key);
            }
        }
    }
}
