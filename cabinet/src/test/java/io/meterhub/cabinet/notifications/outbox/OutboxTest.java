package io.meterhub.cabinet.notifications.outbox;

import io.meterhub.cabinet.notifications.NewNotification;
import io.meterhub.cabinet.notifications.Recipient;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:15:00Z"), ZoneOffset.UTC);

    @Test
    void a_text_is_kept_with_the_masked_phone_and_still_handed_to_the_gateway() throws Exception {
        Outbox outbox = new Outbox(10, CLOCK);
        List<String> gateway = new ArrayList<>();

        new OutboxSmsProvider(outbox, (phone, text) -> gateway.add(phone + " " + text)).send("+79121234567", "Код: 493817");

        assertThat(outbox.messages()).containsExactly(new OutboxMessage(CLOCK.instant(), OutboxMessage.Channel.SMS, "+7 *** ***-**-67", "Код: 493817"));
        assertThat(gateway).containsExactly("+79121234567 Код: 493817");
        assertThat(outbox.messages().get(0).toString()).doesNotContain("493817").doesNotContain("67");
    }

    @Test
    void only_the_last_messages_are_kept_newest_first() {
        Outbox outbox = new Outbox(2, CLOCK);
        outbox.add(OutboxMessage.Channel.SMS, "a", "first");
        outbox.add(OutboxMessage.Channel.SMS, "b", "second");
        outbox.add(OutboxMessage.Channel.SMS, "c", "third");

        assertThat(outbox.messages()).extracting(OutboxMessage::text).containsExactly("third", "second");
    }

    @Test
    void an_email_carries_its_subject_body_and_absolute_link_to_the_masked_address() {
        Outbox outbox = new Outbox(10, CLOCK);
        OutboxEmailChannel email = new OutboxEmailChannel(outbox);
        Recipient petrova = new Recipient(8, "Петрова Анна", "petrova@example.ru", null, Locale.forLanguageTag("ru"));

        assertThat(email.deliver(petrova, new NewNotification(8, "PASSWORD_RESET", "Задайте пароль", "Ссылка действует час", "password-reset/abc"),
                "http://localhost:8080/password-reset/abc")).isTrue();
        assertThat(email.deliver(new Recipient(9, "Без почты", null, "+79121234567", Locale.ENGLISH),
                new NewNotification(9, "X", "s", "b", null), null)).isFalse();

        assertThat(outbox.messages()).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo(OutboxMessage.Channel.EMAIL);
            assertThat(m.recipient()).isEqualTo("p***@example.ru");
            assertThat(m.text()).isEqualTo("Задайте пароль\nСсылка действует час\nhttp://localhost:8080/password-reset/abc");
        });
        assertThat(email.name()).isEqualTo("email");
    }
}
