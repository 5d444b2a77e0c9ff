package io.meterhub.cabinet.notifications.sms;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.meterhub.cabinet.notifications.NewNotification;
import io.meterhub.cabinet.notifications.Recipient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SmsChannelTest {
    private static final NewNotification CODE = new NewNotification(7, "SIGNING_CODE", "Код для подписания договора: 493817", "", null);
    private final Logger logger = (Logger) LoggerFactory.getLogger(LoggingSmsProvider.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void capture() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void release() {
        logger.detachAppender(log);
    }

    @Test
    void the_logging_provider_logs_that_a_text_went_to_the_masked_phone_without_the_text() throws Exception {
        Recipient ivanov = new Recipient(7, "Иванов Иван Иванович", null, "+79271234567", Locale.forLanguageTag("ru"));

        assertThat(new SmsChannel(new LoggingSmsProvider()).deliver(ivanov, CODE, null)).isTrue();

        assertThat(log.list).hasSize(1);
        String line = log.list.get(0).getFormattedMessage();
        assertThat(line).isEqualTo("SMS sent to +7 *** ***-**-67 (35 characters, the text is not logged)");
        assertThat(line).doesNotContain("493817").doesNotContain("подписания").doesNotContain("9271234567").doesNotContain("927");
    }

    @Test
    void a_recipient_without_phone_is_skipped() throws Exception {
        List<String> sent = new ArrayList<>();
        SmsChannel channel = new SmsChannel((phone, text) -> sent.add(phone + " " + text));

        assertThat(channel.deliver(new Recipient(8, "Петрова Анна", "petrova@example.ru", null, Locale.ENGLISH), CODE, null)).isFalse();
        assertThat(channel.deliver(new Recipient(8, "Петрова Анна", "petrova@example.ru", " ", Locale.ENGLISH), CODE, null)).isFalse();
        assertThat(sent).isEmpty();
        assertThat(log.list).isEmpty();
    }

    @Test
    void the_message_carries_the_subject_and_the_absolute_link() throws Exception {
        List<String> sent = new ArrayList<>();
        SmsChannel channel = new SmsChannel((phone, text) -> sent.add(phone + " | " + text));
        NewNotification ready = new NewNotification(7, "APPLICATION_STATUS", "Договор по заявке ТП-2026-000042 готов", "длинный текст", "connection/42");

        channel.deliver(new Recipient(7, "Иванов", null, "+79271234567", Locale.ENGLISH), ready, "https://cabinet.example.ru/connection/42");

        assertThat(sent).containsExactly("+79271234567 | Договор по заявке ТП-2026-000042 готов https://cabinet.example.ru/connection/42");
        assertThat(channel.name()).isEqualTo("sms");
    }
}
