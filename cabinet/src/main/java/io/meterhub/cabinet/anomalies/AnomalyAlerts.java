package io.meterhub.cabinet.anomalies;

import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.common.Messages;
import io.meterhub.cabinet.notifications.NewNotification;
import io.meterhub.cabinet.notifications.NotificationRepository;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.cabinet.notifications.RecipientRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Announces each HIGH anomaly once to the operators and administrators on duty of its organization,
 * in their cabinet inbox (and whatever channels the notification service has), linking to its detail.
 *
 * <p>An anomaly is claimed ({@code notified_at}) before it is sent, so that two dashboards never
 * announce it twice; a crash between the two loses that announcement, never repeats it, and the
 * anomaly is still in the queue. One that nobody is on duty for is claimed too, with a warning: the
 * queue shows it, and coming on duty later does not bring a flood of stale alerts. A resolved one is
 * claimed silently.
 */
public final class AnomalyAlerts {
    public static final String TOPIC = "ANOMALY_HIGH";
    /** How many anomalies one run announces at most; the next run takes the rest. */
    public static final int BATCH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(AnomalyAlerts.class);
    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AnomalyRepository anomalies;
    private final NotificationRepository staff;
    private final AccountRepository organizations;
    private final NotificationService notifications;
    private final Clock clock;

    public AnomalyAlerts(AnomalyRepository anomalies, NotificationRepository staff, AccountRepository organizations,
                         NotificationService notifications, Clock clock) {
        this.anomalies = anomalies;
        this.staff = staff;
        this.organizations = organizations;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** One pass: announces every HIGH anomaly not announced yet (up to {@value #BATCH}). @return notifications sent */
    public int run() {
        int sent = 0;
        for (AnomalyRow anomaly : anomalies.unannouncedHigh(BATCH)) {
            if (!anomalies.claimAnnouncement(anomaly.id(), clock.instant()) || "RESOLVED".equals(anomaly.status())) {
                continue;
            }
            List<RecipientRow> onDuty = staff.onDuty(anomaly.organizationId());
            if (onDuty.isEmpty()) {
                LOG.warn("HIGH anomaly {} of {}: nobody is on duty to notify", anomaly.id(), anomaly.organizationId());
                continue;
            }
            ZoneId zone = organizations.organization(anomaly.organizationId()).map(OrganizationRow::timeZone).orElse(ZoneOffset.UTC);
            for (RecipientRow operator : onDuty) {
                try {
                    notifications.send(message(anomaly, operator, zone));
                    sent++;
                } catch (RuntimeException e) {
                    LOG.error("HIGH anomaly {}: notifying user {} failed", anomaly.id(), operator.userId(), e);
                }
            }
        }
        if (sent > 0) {
            LOG.info("{} notification(s) of HIGH anomalies sent", sent);
        }
        return sent;
    }

    private static String score(double score, boolean russian) {
        String text = String.format(Locale.ROOT, "%.2f", score);
        return russian ? text.replace('.', ',') : text;
    }

    static NewNotification message(AnomalyRow anomaly, RecipientRow operator, ZoneId zone) {
        Locale locale = Locale.forLanguageTag(operator.locale() == null || operator.locale().isBlank() ? "ru" : operator.locale());
        boolean russian = "ru".equals(locale.getLanguage());
        String kind = Messages.format("anomaly.kind." + anomaly.kind(), locale);
        String started = (russian ? RU : EN).format(anomaly.startedAt().atZone(zone));
        return new NewNotification(operator.userId(), TOPIC,
                Messages.format("anomaly.alert.subject", locale, kind, anomaly.meterId()),
                Messages.format("anomaly.alert.body", locale, kind, anomaly.meterId(), started, score(anomaly.score(), russian)),
                "operator/anomalies/" + anomaly.id());
    }
}
