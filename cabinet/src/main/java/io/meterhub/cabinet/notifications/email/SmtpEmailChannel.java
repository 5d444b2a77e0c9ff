package io.meterhub.cabinet.notifications.email;

import io.meterhub.cabinet.common.Messages;
import io.meterhub.cabinet.notifications.NewNotification;
import io.meterhub.cabinet.notifications.NotificationChannel;
import io.meterhub.cabinet.notifications.Recipient;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Date;
import java.util.Properties;

/**
 * Notifications by email through an SMTP server (Jakarta Mail, Eclipse Angus): plain text with an
 * HTML alternative, both with the absolute link. The recipient's address is never logged.
 */
public final class SmtpEmailChannel implements NotificationChannel {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpEmailChannel.class);
    private static final String TIMEOUT_MS = "15000";

    private final SmtpConfig config;
    private final Session session;

    public SmtpEmailChannel(SmtpConfig config) {
        this.config = config;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", config.host());
        properties.put("mail.smtp.port", String.valueOf(config.port()));
        properties.put("mail.smtp.auth", String.valueOf(config.authenticates()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(config.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(config.startTls()));
        // a slow server must not hold the notification fan-out for minutes (the defaults wait forever)
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        properties.put("mail.smtp.timeout", TIMEOUT_MS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MS);
        Authenticator authenticator = config.authenticates() ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(config.username(), config.password());
            }
        } : null;
        this.session = Session.getInstance(properties, authenticator);
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public boolean deliver(Recipient recipient, NewNotification notification, String absoluteLink) throws MessagingException {
        if (recipient.email() == null || recipient.email().isBlank()) {
            return false;
        }
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(config.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient.email(), true));
        message.setSubject(notification.subject(), "UTF-8");
        message.setSentDate(new Date());
        String open = absoluteLink == null ? null : Messages.format("notification.email.open", recipient.locale(), absoluteLink);

        MimeBodyPart text = new MimeBodyPart();
        text.setText(notification.body() + (open == null ? "" : "\n\n" + open + "\n"), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(html(notification.body(), absoluteLink, recipient), "UTF-8", "html");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        message.setContent(alternatives);

        Transport.send(message);
        LOG.info("email {} sent to user {}", notification.topic(), recipient.userId());
        return true;
    }

    private static String html(String body, String link, Recipient recipient) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><body><p>")
                .append(escape(body).replace("\n", "<br>")).append("</p>");
        if (link != null) {
            out.append("<p><a href=\"").append(escape(link)).append("\">")
                    .append(escape(Messages.format("notification.email.openLink", recipient.locale()))).append("</a></p>");
        }
        return out.append("</body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
