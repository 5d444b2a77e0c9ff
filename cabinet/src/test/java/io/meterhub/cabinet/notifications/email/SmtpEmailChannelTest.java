package io.meterhub.cabinet.notifications.email;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.meterhub.cabinet.notifications.NewNotification;
import io.meterhub.cabinet.notifications.Recipient;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mail goes through a real SMTP server (GreenMail on a free port) and is read back from its inbox. */
class SmtpEmailChannelTest {
    @RegisterExtension
    static final GreenMailExtension SERVER = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final NewNotification STATUS = new NewNotification(7, "APPLICATION_STATUS", "Заявка ТП-2026-000042: договор готов",
            "Договор и счёт по вашей заявке готовы.\nПодпишите договор и оплатите счёт в личном кабинете.", "connection/applications/42");
    private static final String LINK = "https://cabinet.example.ru/connection/applications/42";

    private SmtpEmailChannel channel() {
        return new SmtpEmailChannel(new SmtpConfig("127.0.0.1", SERVER.getSmtp().getPort(), "noreply@meterhub.example", null, null, false));
    }

    @Test
    void an_email_arrives_with_subject_body_and_the_absolute_link() throws Exception {
        Recipient ivanov = new Recipient(7, "Иванов Иван Иванович", "ivanov@example.ru", "+79271234567", Locale.forLanguageTag("ru"));

        assertThat(channel().deliver(ivanov, STATUS, LINK)).isTrue();

        assertThat(SERVER.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = SERVER.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Заявка ТП-2026-000042: договор готов");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ivanov@example.ru");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("noreply@meterhub.example");
        MimeMultipart alternatives = (MimeMultipart) mail.getContent();
        String text = (String) alternatives.getBodyPart(0).getContent();
        String html = (String) alternatives.getBodyPart(1).getContent();
        assertThat(text).contains("Договор и счёт по вашей заявке готовы.\nПодпишите договор",
                "Открыть в личном кабинете: " + LINK);
        assertThat(html).contains("Договор и счёт по вашей заявке готовы.<br>Подпишите", "<a href=\"" + LINK + "\">Открыть в личном кабинете</a>");
    }

    @Test
    void a_notification_without_link_has_none_and_speaks_the_recipients_language() throws Exception {
        Recipient smith = new Recipient(8, "John Smith", "smith@example.com", null, Locale.ENGLISH);

        channel().deliver(smith, new NewNotification(8, "REMINDER", "Meter reading window is open", "Send your readings by the 25th.", null), null);

        assertThat(SERVER.waitForIncomingEmail(5000, 1)).isTrue();
        String body = GreenMailUtil.getBody(SERVER.getReceivedMessages()[0]);
        assertThat(body).contains("Send your readings by the 25th.").doesNotContain("Open in the cabinet").doesNotContain("href");
    }

    @Test
    void a_recipient_without_email_is_skipped() throws Exception {
        Recipient noEmail = new Recipient(9, "Петрова Анна", null, "+79177654321", Locale.forLanguageTag("ru"));

        assertThat(channel().deliver(noEmail, STATUS, LINK)).isFalse();
        assertThat(SERVER.getReceivedMessages()).isEmpty();
    }

    @Test
    void the_configuration_comes_from_the_environment_and_names_what_is_wrong() {
        assertThat(SmtpConfig.fromEnvironment(Map.of())).isEmpty();
        SmtpConfig config = SmtpConfig.fromEnvironment(Map.of("MH_SMTP_HOST", "smtp.example.ru", "MH_SMTP_FROM", "noreply@example.ru",
                "MH_SMTP_USERNAME", "mailer", "MH_SMTP_PASSWORD", "s3cret")).orElseThrow();
        assertThat(config).isEqualTo(new SmtpConfig("smtp.example.ru", 587, "noreply@example.ru", "mailer", "s3cret", true));
        assertThat(config.toString()).doesNotContain("s3cret");

        assertThatThrownBy(() -> SmtpConfig.fromEnvironment(Map.of("MH_SMTP_HOST", "smtp.example.ru", "MH_SMTP_FROM", "noreply",
                "MH_SMTP_USERNAME", "mailer"))).hasMessageContaining("MH_SMTP_FROM must be the sender's email address")
                .hasMessageContaining("MH_SMTP_USERNAME and MH_SMTP_PASSWORD go together");
        assertThatThrownBy(() -> SmtpConfig.fromEnvironment(Map.of("MH_SMTP_HOST", "h", "MH_SMTP_FROM", "a@b.ru", "MH_SMTP_PORT", "smtp")))
                .hasMessage("MH_SMTP_PORT must be a port number from 1 to 65535, got \"smtp\"");
        assertThatThrownBy(() -> SmtpConfig.fromEnvironment(Map.of("MH_SMTP_HOST", "h", "MH_SMTP_FROM", "a@b.ru", "MH_SMTP_STARTTLS", "maybe")))
                .hasMessage("MH_SMTP_STARTTLS must be true or false, got \"maybe\"");
    }
}
