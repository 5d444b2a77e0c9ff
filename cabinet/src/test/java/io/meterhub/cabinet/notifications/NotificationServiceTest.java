package io.meterhub.cabinet.notifications;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.storage.cabinet.notifications.JdbcNotificationRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The inbox and the deliveries against the real PostgreSQL, with channels that deliver, skip and fail. */
class NotificationServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-12T10:05:00Z");
    private static Fixture fixture;
    private static NotificationRepository repository;
    private static final List<String> delivered = new ArrayList<>();

    /** Delivers when the recipient has an email, and remembers what it was given. */
    private static final NotificationChannel EMAIL = new NotificationChannel() {
        @Override
        public String name() {
            return "email";
        }

        @Override
        public boolean deliver(Recipient recipient, NewNotification notification, String absoluteLink) {
            if (recipient.email() == null) {
                return false;
            }
            delivered.add(recipient.email() + " " + notification.subject() + " " + absoluteLink + " " + recipient.locale().getLanguage());
            return true;
        }
    };

    /** A gateway that is down, with an error message quoting the phone number, as some libraries do. */
    private static final NotificationChannel SMS = new NotificationChannel() {
        @Override
        public String name() {
            return "sms";
        }

        @Override
        public boolean deliver(Recipient recipient, NewNotification notification, String absoluteLink) throws Exception {
            throw new java.io.IOException("gateway refused " + recipient.phone());
        }
    };

    @BeforeAll
    static void open() {
        fixture = Fixture.open("cabinet_notifications");
        repository = new JdbcNotificationRepository(fixture.dataSource);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static NotificationService service(NotificationChannel... channels) {
        return Services.of(fixture.dataSource, Clock.fixed(NOW, ZoneOffset.UTC)).notificationService(List.of(channels), "https://lk.example.ru");
    }

    @Test
    void a_notification_is_stored_in_the_inbox_and_each_channel_delivery_is_recorded_a_failing_one_without_personal_data() {
        Viewer anna = fixture.customer("nt-anna").viewer();
        repository.setContacts(anna.userId(), "anna@example.ru", "+79123456767");
        NotificationService service = service(EMAIL, SMS);

        long id = service.send(new NewNotification(anna.userId(), "APPLICATION_STATUS", "Заявка принята", "Ваша заявка № 12 принята.", "applications/12"));

        List<Notification> inbox = service.inbox(anna, 10);
        assertThat(inbox).singleElement().satisfies(n -> {
            assertThat(n.id()).isEqualTo(id);
            assertThat(n.subject()).isEqualTo("Заявка принята");
            assertThat(n.body()).isEqualTo("Ваша заявка № 12 принята.");
            assertThat(n.link()).isEqualTo("applications/12");
            assertThat(n.createdAt()).isEqualTo(NOW);
            assertThat(n.read()).isFalse();
        });
        assertThat(delivered).contains("anna@example.ru Заявка принята https://lk.example.ru/applications/12 ru");
        List<DeliveryRow> deliveries = repository.deliveries(id);
        assertThat(deliveries).extracting(DeliveryRow::channel, DeliveryRow::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("email", "DELIVERED"), org.assertj.core.groups.Tuple.tuple("sms", "FAILED"));
        DeliveryRow failed = deliveries.get(1);
        assertThat(failed.error()).isEqualTo("java.io.IOException").doesNotContain("7912");
    }

    @Test
    void a_channel_that_cannot_reach_the_recipient_is_recorded_as_skipped() {
        Viewer boris = fixture.customer("nt-boris").viewer();
        NotificationService service = service(EMAIL);
        long id = service.send(new NewNotification(boris.userId(), "TEST", "Тема", "Текст", null));
        assertThat(repository.deliveries(id)).extracting(DeliveryRow::status).containsExactly("SKIPPED");
        assertThat(service.inbox(boris, 10)).extracting(Notification::link).containsExactly((String) null);
    }

    @Test
    void unread_count_falls_as_notifications_are_marked_read_one_or_all() {
        Viewer vera = fixture.customer("nt-vera").viewer();
        NotificationService service = service();
        long first = service.send(new NewNotification(vera.userId(), "TEST", "1", "one", null));
        service.send(new NewNotification(vera.userId(), "TEST", "2", "two", null));
        service.send(new NewNotification(vera.userId(), "TEST", "3", "three", null));
        assertThat(service.unreadCount(vera)).isEqualTo(3);

        service.markRead(vera, first);
        service.markRead(vera, first);
        assertThat(service.unreadCount(vera)).isEqualTo(2);
        assertThat(service.inbox(vera, 10)).filteredOn(Notification::read).extracting(Notification::id).containsExactly(first);

        service.markAllRead(vera);
        assertThat(service.unreadCount(vera)).isZero();
        assertThat(service.inbox(vera, 2)).hasSize(2).allMatch(Notification::read);
    }

    @Test
    void one_user_cannot_read_or_mark_anothers_notifications() {
        Viewer owner = fixture.customer("nt-owner").viewer();
        Viewer other = fixture.customer("nt-other").viewer();
        NotificationService service = service();
        long mine = service.send(new NewNotification(owner.userId(), "TEST", "Личное", "только владельцу", null));

        assertThat(service.inbox(other, 100)).extracting(Notification::id).doesNotContain(mine);
        assertThatThrownBy(() -> service.markRead(other, mine)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("No such notification");
        assertThatThrownBy(() -> service.markRead(other, Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("No such notification");
        service.markAllRead(other);
        assertThat(service.unreadCount(owner)).isEqualTo(1);
        assertThat(service.inbox(owner, 10)).singleElement().matches(n -> !n.read());
    }

    @Test
    void links_must_stay_inside_the_cabinet() {
        assertThatThrownBy(() -> new NewNotification(1, "T", "s", "b", "https://evil.example/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service().send(new NewNotification(Long.MAX_VALUE, "T", "s", "b", null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
