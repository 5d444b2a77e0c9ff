package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.notifications.NewNotification;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Status changes and staff messages as notifications in the applicant's language, linking to the application's page. */
class NotificationsForApplicantsTest {
    private final List<NewNotification> sent = new ArrayList<>();
    private final NotificationsForApplicants notifier = new NotificationsForApplicants(sent::add,
            userId -> userId == 7 ? Locale.forLanguageTag("ru") : Locale.ENGLISH);

    @Test
    void a_status_change_says_the_new_status_the_reason_and_the_deadline_in_the_applicants_language() {
        notifier.statusChanged(7, 42, "ТП-2026-000042", ApplicationStatus.UNDER_REVIEW, ApplicationStatus.INCOMPLETE,
                "Приложите план расположения", LocalDate.of(2027, 2, 2), ConnectionLinks.applicantLink(42));
        assertThat(sent).singleElement().satisfies(n -> {
            assertThat(n.userId()).isEqualTo(7);
            assertThat(n.topic()).isEqualTo("APPLICATION_STATUS");
            assertThat(n.subject()).isEqualTo("Заявка ТП-2026-000042: ожидает документов");
            assertThat(n.body()).isEqualTo("Статус вашей заявки на технологическое присоединение ТП-2026-000042: ожидает документов.\n"
                    + "Причина: Приложите план расположения\nСрок: по 02.02.2027 включительно.");
            assertThat(n.link()).isEqualTo("connection/applications/42");
        });
    }

    @Test
    void a_staff_message_is_announced_with_its_number_and_text() {
        notifier.messageReceived(8, 43, "ТП-2026-000043", "ТП-2026-000043/2", "Инженер приедет 11 января", "connection/applications/43");
        assertThat(sent).singleElement().satisfies(n -> {
            assertThat(n.topic()).isEqualTo("APPLICATION_MESSAGE");
            assertThat(n.subject()).isEqualTo("Application ТП-2026-000043: a new message");
            assertThat(n.body()).isEqualTo("You have a new message on your application (message ТП-2026-000043/2):\nИнженер приедет 11 января");
            assertThat(n.link()).isEqualTo("connection/applications/43");
        });
    }

    @Test
    void a_cancelled_draft_has_no_number_yet() {
        notifier.statusChanged(8, 44, null, ApplicationStatus.DRAFT, ApplicationStatus.CANCELLED, null, null, "connection/applications/44");
        assertThat(sent.get(0).subject()).isEqualTo("Application (draft): cancelled");
        assertThat(sent.get(0).body()).isEqualTo("Your grid connection application (draft) is now: cancelled.");
    }
}
