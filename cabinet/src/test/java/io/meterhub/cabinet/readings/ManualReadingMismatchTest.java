package io.meterhub.cabinet.readings;

import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.Fixture;
import io.meterhub.storage.cabinet.Jdbc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's manual reading of a smart meter against the raw register values of the same meter:
 * inside the day's band nothing happens; outside it a MANUAL_READING_MISMATCH anomaly is raised with
 * the figures, graded by the size of the difference, and the reading is stored as the rules say.
 */
class ManualReadingMismatchTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 20);
    /** 12:00 in Samara, inside the window 15..25. */
    private static final Clock CLOCK = Fixture.clockAt("2026-03-20T12:00:00", Fixture.SAMARA);
    private static Fixture fixture;
    private static Fixture.Person owner;
    private static ReadingSubmissionService submissions;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("cabinet_reading_mismatch");
        fixture.organization("GRID", Fixture.SAMARA, 15, 25);
        owner = fixture.customer("mm-owner");
        submissions = Services.of(fixture.dataSource, CLOCK).submissions();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    /** A single-zone smart meter whose 1.8.0 grows 0.25 kWh every 15 minutes from 1000.0 at local midnight two days before. */
    private static long smartMeter(String telemetryId) throws Exception {
        fixture.telemetryMeter("GRID", telemetryId, 0);
        long meter = fixture.meter(fixture.account(owner, "GRID"), "ELECTRICITY", 1, 6, 1, telemetryId);
        Instant start = LocalDateTime.parse("2026-03-18T00:00:00").atZone(Fixture.SAMARA).toInstant();
        Instant end = CLOCK.instant().minus(Duration.ofMinutes(10));
        double value = 1000.0;
        for (Instant t = start; t.isBefore(end); t = t.plus(Duration.ofMinutes(15)), value += 0.25) {
            Jdbc.update(fixture.dataSource, "INSERT INTO raw_reading (meter_id, obis, ts, value) VALUES (?, '1.8.0', ?, ?)", telemetryId, t, value);
        }
        return meter;
    }

    private static List<Map<String, Object>> anomalies(String telemetryId) {
        return Jdbc.list(fixture.dataSource, "SELECT kind, severity, score, evidence::text AS evidence, started_at FROM anomaly WHERE meter_id = ?",
                r -> Map.of("kind", r.getString(1), "severity", r.getString(2), "score", r.getDouble(3), "evidence", r.getString(4),
                        "started", Jdbc.instant(r, "started_at")), telemetryId);
    }

    @Test
    void a_reading_within_the_days_telemetry_raises_nothing() throws Exception {
        long meter = smartMeter("MM-OK");
        // midnight of the 20th: 1000 + 2 days x 96 x 0.25 = 1048.0; at 11:45, 47 more quarter hours: 1059.75
        submissions.submit(owner.viewer(), meter, Map.of(1, new BigDecimal("1055.0")), DAY);
        submissions.submit(owner.viewer(), fixture.meter(fixture.account(owner, "GRID"), "ELECTRICITY", 1, 6, 1, null),
                Map.of(1, new BigDecimal("5.0")), DAY);
        assertThat(anomalies("MM-OK")).isEmpty();
    }

    @Test
    void a_reading_far_off_the_telemetry_raises_a_mismatch_with_the_figures_and_is_still_stored() throws Exception {
        long meter = smartMeter("MM-OFF");
        SubmissionResult result = submissions.submit(owner.viewer(), meter, Map.of(1, new BigDecimal("1010.0")), DAY);

        assertThat(result.readings()).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualByComparingTo("1010.0");
            assertThat(r.status()).isEqualTo(ReadingStatus.ACCEPTED);
        });
        assertThat(submissions.history(owner.viewer(), meter)).hasSize(1);
        List<Map<String, Object>> raised = anomalies("MM-OFF");
        assertThat(raised).singleElement().satisfies(a -> {
            assertThat(a.get("kind")).isEqualTo("MANUAL_READING_MISMATCH");
            // 1010.0 against 1048.0 at the day's start: 38 below, MEDIUM (20 to 200)
            assertThat(a.get("severity")).isEqualTo("MEDIUM");
            assertThat(a.get("started")).isEqualTo(CLOCK.instant());
            String evidence = (String) a.get("evidence");
            assertThat(evidence).contains("\"manual\": 1010.0").contains("\"telemetry_from\": 1048.000").contains("\"telemetry_to\": 1059.750")
                    .contains("\"difference\": -38.000").contains("\"register\": \"1.8.0\"").contains("\"taken_on\": \"2026-03-20\"");
        });
    }

    @Test
    void the_severity_follows_the_size_of_the_difference() throws Exception {
        long low = smartMeter("MM-LOW");
        submissions.submit(owner.viewer(), low, Map.of(1, new BigDecimal("1065.0")), DAY);
        long high = smartMeter("MM-HIGH");
        submissions.submit(owner.viewer(), high, Map.of(1, new BigDecimal("1400.0")), DAY);
        assertThat(anomalies("MM-LOW")).singleElement().satisfies(a -> assertThat(a.get("severity")).isEqualTo("LOW"));
        assertThat(anomalies("MM-HIGH")).singleElement().satisfies(a -> {
            assertThat(a.get("severity")).isEqualTo("HIGH");
            assertThat((String) a.get("evidence")).contains("\"difference\": 340.250");
        });
    }
}
