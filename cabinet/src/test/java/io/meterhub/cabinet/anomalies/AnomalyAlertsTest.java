package io.meterhub.cabinet.anomalies;

import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.notifications.Notification;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.storage.cabinet.Jdbc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** HIGH anomalies reach the on-duty operators of their organization, once; nobody else, and nothing below HIGH. */
class AnomalyAlertsTest {
    private static final Instant NOW = Instant.parse("2026-11-12T10:05:00Z");
    private static Fixture fixture;
    private static NotificationService notifications;
    private static AnomalyAlerts alerts;
    private static DutyRoster duty;
    private static Viewer onDuty;
    private static Viewer onDutyEnglish;
    private static Viewer offDuty;
    private static Viewer otherOrganization;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("cabinet_anomaly_alerts");
        fixture.organization("GRID", Fixture.SAMARA, 15, 25);
        fixture.organization("OTHER", Fixture.SAMARA, 15, 25);
        onDuty = fixture.staff("al-duty", Role.OPERATOR, "GRID");
        onDutyEnglish = fixture.staff("al-duty-en", Role.ADMIN, "GRID");
        Jdbc.update(fixture.dataSource, "UPDATE app_user SET locale = 'en' WHERE id = ?", onDutyEnglish.userId());
        offDuty = fixture.staff("al-off", Role.OPERATOR, "GRID");
        otherOrganization = fixture.staff("al-other", Role.OPERATOR, "OTHER");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        notifications = Services.of(fixture.dataSource, clock).notificationService(List.of(), "http://localhost:8080/");
        alerts = Services.of(fixture.dataSource, clock).alerts(notifications);
        duty = Services.of(fixture.dataSource, java.time.Clock.systemUTC()).dutyRoster();
        duty.setOnDuty(onDuty, true);
        duty.setOnDuty(onDutyEnglish, true);
        duty.setOnDuty(otherOrganization, true);
        duty.setOnDuty(offDuty, true);
        duty.setOnDuty(offDuty, false);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static List<Notification> alertsOf(Viewer viewer) {
        return notifications.inbox(viewer, 100).stream().filter(n -> n.topic().equals(AnomalyAlerts.TOPIC)).toList();
    }

    @Test
    void a_high_anomaly_notifies_the_on_duty_operators_of_its_organization_exactly_once() {
        assertThat(duty.onDuty(onDuty)).isTrue();
        assertThat(duty.onDuty(offDuty)).isFalse();
        long low = AnomalyRows.insert(fixture.dataSource, "GRID", "AL-1", "CONSUMPTION_SPIKE", "LOW", Instant.parse("2026-11-12T09:00:00Z"));
        long medium = AnomalyRows.insert(fixture.dataSource, "GRID", "AL-1", "DATA_GAP", "MEDIUM", Instant.parse("2026-11-12T09:00:00Z"));
        long high = AnomalyRows.insert(fixture.dataSource, "GRID", "AL-1", "TAMPER_EVENT", "HIGH", Instant.parse("2026-11-12T09:00:00Z"));

        assertThat(alerts.run()).isEqualTo(2);
        assertThat(alerts.run()).isZero();

        assertThat(alertsOf(onDuty)).singleElement().satisfies(n -> {
            assertThat(n.link()).isEqualTo("operator/anomalies/" + high);
            // 09:00 UTC is 13:00 in Samara, the organization's time zone
            assertThat(n.subject()).isEqualTo("Аномалия высокой важности: Вмешательство в прибор, счётчик AL-1");
            assertThat(n.body()).contains("12.11.2026 13:00").contains("AL-1").contains("оценка 3,50");
        });
        assertThat(alertsOf(onDutyEnglish)).singleElement().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("High-severity anomaly: Tampering, meter AL-1");
            assertThat(n.body()).contains("2026-11-12 13:00").contains("score 3.50");
        });
        assertThat(alertsOf(offDuty)).isEmpty();
        assertThat(alertsOf(otherOrganization)).extracting(Notification::link).doesNotContain("operator/anomalies/" + high);
        assertThat(notifications.inbox(onDuty, 100)).extracting(Notification::link)
                .doesNotContain("operator/anomalies/" + low, "operator/anomalies/" + medium);
    }

    @Test
    void low_and_medium_anomalies_notify_nobody_and_another_organizations_high_one_only_its_own_staff() {
        int before = alertsOf(onDuty).size();
        AnomalyRows.insert(fixture.dataSource, "GRID", "AL-2", "CONSUMPTION_SPIKE", "LOW", Instant.parse("2026-11-11T09:00:00Z"));
        AnomalyRows.insert(fixture.dataSource, "GRID", "AL-2", "SUSTAINED_ZERO", "MEDIUM", Instant.parse("2026-11-11T09:00:00Z"));
        long foreign = AnomalyRows.insert(fixture.dataSource, "OTHER", "AL-3", "DATA_GAP", "HIGH", Instant.parse("2026-11-11T09:00:00Z"));
        alerts.run();
        assertThat(alertsOf(onDuty)).hasSize(before);
        assertThat(alertsOf(otherOrganization)).extracting(Notification::link).contains("operator/anomalies/" + foreign);
    }
}
