package io.meterhub.cabinet.visits;

import io.meterhub.cabinet.common.Messages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal and notice of the appointments has its text in Russian and English, and the two files have the same keys. */
class VisitsMessagesTest {
    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VisitsMessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void both_languages_have_the_same_keys() throws IOException {
        assertThat(bundle("visits-messages_ru.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(bundle("visits-messages.properties").keySet());
    }

    @Test
    void every_refusal_and_notice_has_a_text() {
        List<String> keys = List.of(VisitAccess.NO_SUCH_VISIT, VisitAccess.NO_SUCH_OFFICE, VisitBooking.TOPIC_REQUIRED, VisitBooking.SLOT_FULL,
                VisitBooking.ALREADY_BOOKED, VisitBooking.OFFICE_NOT_OF_ACCOUNT, VisitSlots.NO_SUCH_SLOT, VisitSlots.SLOT_PAST, VisitSlots.TOO_FAR,
                Visit.NOT_BOOKED, Visit.BEGUN, Visit.DAY_NOT_COME, Visit.NOT_BEGUN, DayHours.HOURS_INVALID, DayHours.BREAK_INVALID,
                OfficeAdmin.NAME_REQUIRED, OfficeAdmin.ADDRESS_REQUIRED, OfficeAdmin.SLOT_INVALID, OfficeAdmin.STAFF_INVALID,
                OfficeAdmin.COORDINATES_INVALID, OfficeAdmin.NO_HOURS, "visits.notice.reminder.subject", "visits.notice.reminder.body");
        for (String key : keys) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
                assertThat(Messages.format(key, locale)).as(key + " in " + locale).doesNotStartWith(key);
            }
        }
    }
}
