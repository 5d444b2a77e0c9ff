package io.meterhub.dashboard.customer;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.anomalies.AnomalyAlerts;
import io.meterhub.cabinet.anomalies.DutyRoster;
import io.meterhub.cabinet.notifications.Notification;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.KaribuSpringTest;
import io.meterhub.dashboard.chart.EChart;
import io.meterhub.dashboard.anomalies.AnomalyAlertsConfig;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.notifications.NotificationsView;
import io.meterhub.dashboard.ui.PlaceholderView;
import io.meterhub.dashboard.accounts.OverviewView;
import io.meterhub.dashboard.anomalies.AnomalyDetailView;
import io.meterhub.storage.cabinet.Jdbc;
import io.meterhub.storage.telemetry.HourlyConsumption;
import io.meterhub.storage.telemetry.TelemetryWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What follows an anomaly, with Karibu-Testing over the real Spring context and the customer views'
 * seed (23 March 2026, 12:30 in Samara; ivanov's smart meter DEMO-1 with a cover opened at 03:15,
 * petrova's DEMO-2): the detail's chart from the database's hours with the episode and the events,
 * the customer's account; the HIGH anomaly in the on-duty operator's bell and inbox; the owner's
 * plain notice, and never another customer's.
 */
@SpringBootTest(classes = {DashboardApplication.class, CustomerViewsTest.SeededBeans.class, AnomalyFollowUpViewsTest.Anomalies.class},
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class AnomalyFollowUpViewsTest extends KaribuSpringTest {
    private static final DateTimeFormatter AXIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** An hour two days before the episode with a figure of its own, to see that the bars are the database's. */
    private static final LocalDateTime ODD_HOUR = LocalDateTime.of(2026, 3, 21, 10, 0);

    /**
     * Over the customer views' seed: an hour with a figure of its own and the two tamper anomalies, as
     * the pipeline writes them. Not a @Configuration: component scanning must never pick it up.
     */
    static class Anomalies {
        @Bean
        Object anomalies(DataSource dataSource) throws Exception {
            try (Connection connection = dataSource.getConnection()) {
                TelemetryWriter.upsertHourly(connection, List.of(new HourlyConsumption(CustomerSeed.IVANOV_METER, "1.8.0",
                        ODD_HOUR.atZone(CustomerSeed.SAMARA).toInstant().toEpochMilli(), 3.75, 1, true)));
            }
            anomaly(dataSource, CustomerSeed.IVANOV_METER, CustomerSeed.EVENT_AT, "{\"event\": \"COVER_OPEN\", \"count\": 1}");
            anomaly(dataSource, CustomerSeed.PETROVA_METER, CustomerSeed.EVENT_AT.minusHours(2), "{\"event\": \"MAGNETIC_FIELD\"}");
            return "anomalies seeded";
        }

        /** The test runs the alerts itself, when it wants them. */
        @Bean
        @Primary
        AnomalyAlertsConfig alertsOff() {
            return AnomalyAlertsConfig.off();
        }

        private static void anomaly(DataSource dataSource, String meter, LocalDateTime at, String evidence) {
            Jdbc.insert(dataSource, """
                    INSERT INTO anomaly (meter_id, organization_id, kind, started_at, ended_at, severity, score, evidence)
                    VALUES (?, ?, 'TAMPER_EVENT', ?, ?, 'HIGH', 9.75, ?::jsonb) RETURNING id""", meter, CustomerSeed.GRID,
                    at.atZone(CustomerSeed.SAMARA).toInstant(), at.plusMinutes(5).atZone(CustomerSeed.SAMARA).toInstant(), evidence);
        }
    }

    @Autowired
    private UserService userService;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private AnomalyAlerts alerts;
    @Autowired
    private NotificationService notifications;
    @Autowired
    private DutyRoster duty;

    @Test
    void the_detail_charts_the_meters_hours_from_the_database_around_the_episode_with_its_events_and_shows_the_account() {
        signIn("operator", "grid-duty-42");
        long id = anomalyOf(CustomerSeed.IVANOV_METER);
        UI.getCurrent().navigate("anomalies/" + id);

        ObjectNode option = _get(EChart.class, spec -> spec.withId(AnomalyDetailView.CHART_ID)).getOption();
        JsonNode bars = option.get("series").get(0);
        Map<String, BigDecimal> charted = new LinkedHashMap<>();
        for (JsonNode point : bars.get("data")) {
            charted.put(point.get(0).asText(), point.get(1).decimalValue());
        }
        // the same hours, summed by the database: three days before the 03:15 episode up to now (12:30)
        Map<String, BigDecimal> stored = new LinkedHashMap<>();
        Jdbc.list(dataSource, """
                SELECT to_char(hour_start AT TIME ZONE 'Europe/Samara', 'YYYY-MM-DD HH24:MI:SS'), round(sum(kwh)::numeric, 3)
                  FROM hourly_consumption WHERE meter_id = ? AND hour_start >= ? AND hour_start < ? GROUP BY 1 ORDER BY 1""",
                r -> stored.put(r.getString(1), r.getBigDecimal(2)), CustomerSeed.IVANOV_METER,
                LocalDateTime.of(2026, 3, 20, 3, 0).atZone(CustomerSeed.SAMARA).toInstant(), CustomerSeed.NOW.atZone(CustomerSeed.SAMARA).toInstant());
        assertThat(charted).hasSize(3 * 24 + 10).isEqualTo(stored);
        assertThat(charted.get(AXIS.format(ODD_HOUR))).isEqualByComparingTo("3.75");
        assertThat(charted.get("2026-03-23 12:00:00")).isEqualByComparingTo(String.valueOf(CustomerSeed.CURRENT_HOUR_KWH));

        JsonNode episode = bars.get("markArea").get("data").get(0);
        assertThat(episode.get(0).get("xAxis").asText()).isEqualTo("2026-03-23 03:15:00");
        assertThat(episode.get(1).get("xAxis").asText()).isEqualTo("2026-03-23 03:20:00");
        JsonNode pins = option.get("series").get(1).get("data");
        assertThat(pins).hasSize(1);
        assertThat(pins.get(0).get("name").asText()).isEqualTo("Вскрытие крышки");
        assertThat(pins.get(0).get("value").get(0).asText()).isEqualTo(AXIS.format(CustomerSeed.EVENT_AT));
        assertThat(option.get("xAxis").get("type").asText()).isEqualTo("time");

        assertThat(text(AnomalyDetailView.ACCOUNT_ID + "-number")).isEqualTo("6300123456");
        assertThat(text(AnomalyDetailView.ACCOUNT_ID + "-holder")).isEqualTo("Иванов И. И.");
        assertThat(text(AnomalyDetailView.ACCOUNT_ID + "-address")).isEqualTo("г. Самара, ул. Молодогвардейская, д. 151, кв. 42");
        assertThat(text(AnomalyDetailView.ACCOUNT_ID)).doesNotContain("Иванович").doesNotContain("112-233").doesNotContain("+7 927");
    }

    @Test
    void a_high_anomaly_rings_the_bell_of_the_operator_who_went_on_duty_and_opens_its_detail() {
        Viewer operator = signInAs("operator", "grid-duty-42");
        UI.getCurrent().navigate("anomalies");
        Checkbox toggle = _get(Checkbox.class, spec -> spec.withId(MainLayout.DUTY_ID));
        // the demo's seed puts its operator on duty: off, then on again, through the switch
        assertThat(toggle.getValue()).isTrue();
        toggle.setValue(false);
        assertThat(duty.onDuty(operator)).isFalse();
        toggle.setValue(true);
        assertThat(duty.onDuty(operator)).isTrue();
        Viewer admin = userService.findByLogin("admin").orElseThrow().viewer();
        assertThat(duty.onDuty(admin)).isFalse();

        alerts.run();
        long tamper = anomalyOf(CustomerSeed.IVANOV_METER);
        List<Notification> inbox = notifications.inbox(operator, 10);
        assertThat(inbox).extracting(Notification::link).contains("operator/anomalies/" + tamper);
        assertThat(notifications.inbox(admin, 10)).isEmpty();

        UI.getCurrent().navigate("anomalies");
        Span unread = _get(Span.class, spec -> spec.withId(MainLayout.UNREAD_ID));
        assertThat(unread.isVisible()).isTrue();
        assertThat(unread.getText()).isEqualTo(String.valueOf(inbox.size()));

        _click(_get(Button.class, spec -> spec.withId(MainLayout.BELL_ID)));
        assertThat(title()).isEqualTo("Уведомления");
        Notification mine = inbox.stream().filter(n -> n.link().equals("operator/anomalies/" + tamper)).findFirst().orElseThrow();
        assertThat(text("notification-subject-" + mine.id())).isEqualTo("Аномалия высокой важности: Вмешательство в прибор, счётчик DEMO-1");
        assertThat(text("notification-body-" + mine.id())).contains("23.03.2026 03:15");

        _click(_get(Button.class, spec -> spec.withId("notification-open-" + mine.id())));
        assertThat(title()).isEqualTo("Аномалия");
        assertThat(text(AnomalyDetailView.FIELD_ID_PREFIX + "meter")).isEqualTo("DEMO-1");
        assertThat(notifications.unreadCount(operator)).isEqualTo(inbox.size() - 1);

        UI.getCurrent().navigate(NotificationsView.class);
        _click(_get(Button.class, spec -> spec.withId(NotificationsView.READ_ALL_ID)));
        assertThat(notifications.unreadCount(operator)).isZero();
        _assertNone(Span.class, spec -> spec.withId(MainLayout.UNREAD_ID));
        toggle = _get(Checkbox.class, spec -> spec.withId(MainLayout.DUTY_ID));
        toggle.setValue(false);
        assertThat(duty.onDuty(operator)).isFalse();
    }

    @Test
    void the_owner_and_his_delegate_read_a_plain_notice_of_the_cover_opened_and_another_customer_never() {
        signIn("ivanov", "ivan-meter-42");
        UI.getCurrent().navigate("overview");
        String serial = Jdbc.one(dataSource, "SELECT serial FROM account_meter WHERE telemetry_meter_id = ?", r -> r.getString(1),
                CustomerSeed.IVANOV_METER).orElseThrow();
        String notices = text(OverviewView.NOTICES_ID);
        assertThat(notices).contains("Важные события по вашим счётчикам")
                .contains("23.03.2026 в 03:15 была открыта крышка счётчика № " + serial
                        + ". Если это были не вы, сообщите в сетевую компанию: Волжская сетевая компания, +7 846 300-00-00.");
        assertThat(notices).doesNotContain("магнит").doesNotContain("9,75").doesNotContain("9.75").doesNotContain("COVER_OPEN")
                .doesNotContain("DEMO-");

        // another user in the same browser tab: through another page, as after a new login
        signIn("petrova", "anna-meter-42");
        UI.getCurrent().navigate(NotificationsView.class);
        _get(Component.class, spec -> spec.withId(NotificationsView.EMPTY_ID));
        UI.getCurrent().navigate("overview");
        // her own meter's event, and ivanov's: he delegated that account's readings to her in the demo, and a delegate sees the account
        assertThat(text(OverviewView.NOTICES_ID)).contains("воздействовали магнитным полем").contains("крышка счётчика № " + serial);

        signIn("sidorov", "petr-shop-42");
        UI.getCurrent().navigate(NotificationsView.class);
        UI.getCurrent().navigate("overview");
        _assertNone(Component.class, spec -> spec.withId(OverviewView.NOTICES_ID));
    }

    private long anomalyOf(String meter) {
        return Jdbc.one(dataSource, "SELECT id FROM anomaly WHERE meter_id = ?", r -> r.getLong(1), meter).orElseThrow();
    }

    private Viewer signInAs(String login, String password) {
        signIn(login, password);
        return userService.findByLogin(login).orElseThrow().viewer();
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static String title() {
        return _get(H2.class, spec -> spec.withId(PlaceholderView.TITLE_ID)).getText();
    }
}
