package io.meterhub.cabinet.anomalies;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.consumption.ChartPoint;
import io.meterhub.protocols.telemetry.EventCode;
import io.meterhub.storage.cabinet.Jdbc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The consumption, events and account around an episode, for its organization's staff only. */
class EpisodeContextServiceTest {
    /** 12:00 in Samara. */
    private static final java.time.ZoneId BERLIN = java.time.ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    private static Fixture fixture;
    private static EpisodeContextService service;
    private static Viewer operator;
    private static Viewer foreign;
    private static Fixture.Person owner;
    private static long anomaly;
    private static long account;
    private static long autumnNight;
    private static Viewer spreeOperator;

    @BeforeAll
    static void open() throws Exception {
        fixture = Fixture.open("cabinet_episode_context");
        fixture.organization("GRID", Fixture.SAMARA, 15, 25);
        fixture.organization("OTHER", Fixture.SAMARA, 15, 25);
        operator = fixture.staff("ec-operator", Role.OPERATOR, "GRID");
        foreign = fixture.staff("ec-foreign", Role.OPERATOR, "OTHER");
        owner = fixture.customer("ec-owner");
        fixture.telemetryMeter("GRID", "EC-1", 0);
        account = fixture.account(owner, "GRID");
        fixture.meter(account, "ELECTRICITY", 1, 6, 1, "EC-1");
        ZonedDateTime from = LocalDateTime.parse("2026-11-01T00:00:00").atZone(Fixture.SAMARA);
        fixture.hours("EC-1", from, LocalDateTime.parse("2026-11-20T12:00:00").atZone(Fixture.SAMARA), 0.5);
        fixture.hours("EC-1", LocalDateTime.parse("2026-11-14T03:00:00").atZone(Fixture.SAMARA),
                LocalDateTime.parse("2026-11-14T05:00:00").atZone(Fixture.SAMARA), 7.25);
        fixture.event("EC-1", LocalDateTime.parse("2026-11-14T03:30:00").atZone(Fixture.SAMARA).toInstant(), EventCode.MAGNETIC_FIELD);
        fixture.event("EC-1", LocalDateTime.parse("2026-11-01T03:30:00").atZone(Fixture.SAMARA).toInstant(), EventCode.POWER_DOWN);
        anomaly = AnomalyRows.insert(fixture.dataSource, "GRID", "EC-1", "CONSUMPTION_SPIKE", "HIGH",
                LocalDateTime.parse("2026-11-14T03:00:00").atZone(Fixture.SAMARA).toInstant(),
                LocalDateTime.parse("2026-11-14T05:00:00").atZone(Fixture.SAMARA).toInstant(), "{}");
        // an organization in Berlin, whose clock is set back on 2026-10-25 at 03:00 (02:00 comes twice)
        fixture.organization("SPREE", BERLIN, 15, 25);
        spreeOperator = fixture.staff("ec-spree", Role.OPERATOR, "SPREE");
        fixture.telemetryMeter("SPREE", "EC-B", 0);
        fixture.hours("EC-B", LocalDateTime.parse("2026-10-20T00:00:00").atZone(BERLIN), LocalDateTime.parse("2026-10-30T00:00:00").atZone(BERLIN), 1.0);
        autumnNight = AnomalyRows.insert(fixture.dataSource, "SPREE", "EC-B", "CONSUMPTION_SPIKE", "HIGH",
                LocalDateTime.parse("2026-10-25T01:00:00").atZone(BERLIN).toInstant(),
                LocalDateTime.parse("2026-10-25T04:00:00").atZone(BERLIN).toInstant(), "{}");
        service = new EpisodeContextService(fixture.dataSource, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void the_context_spans_three_days_either_side_with_the_hours_events_and_the_account() {
        EpisodeContext context = service.context(operator, anomaly);
        assertThat(context.from()).isEqualTo(LocalDateTime.parse("2026-11-11T03:00:00"));
        assertThat(context.to()).isEqualTo(LocalDateTime.parse("2026-11-17T05:00:00"));
        assertThat(context.episodeStart()).isEqualTo(LocalDateTime.parse("2026-11-14T03:00:00"));
        assertThat(context.hours()).hasSize(6 * 24 + 2);
        assertThat(context.hours()).filteredOn(p -> p.quantity().compareTo(new BigDecimal("7.25")) == 0).extracting(ChartPoint::local)
                .containsExactly(LocalDateTime.parse("2026-11-14T03:00:00"), LocalDateTime.parse("2026-11-14T04:00:00"));
        assertThat(context.events()).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo("MAGNETIC_FIELD"));
        assertThat(context.account()).isNotNull();
        assertThat(context.account().accountId()).isEqualTo(account);
        assertThat(context.account().holder()).isEqualTo("Иванов И. И.");
        assertThat(context.account().address()).isEqualTo("Самара, ул. Ленина, 1");
    }

    @Test
    void another_organizations_operator_and_customers_get_nothing() {
        assertThatThrownBy(() -> service.context(foreign, anomaly)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.context(owner.viewer(), anomaly)).isInstanceOf(AccessDeniedException.class);
        long orphan = AnomalyRows.insert(fixture.dataSource, "GRID", "EC-NOWHERE", "DATA_GAP", "LOW", NOW.minusSeconds(7200));
        EpisodeContext context = service.context(operator, orphan);
        assertThat(context.account()).isNull();
        assertThat(context.hours()).isEmpty();
        assertThat(Jdbc.one(fixture.dataSource, "SELECT count(*) FROM anomaly WHERE id = ?", r -> r.getLong(1), orphan)).contains(1L);
    }

    @Test
    void the_night_the_clock_is_set_back_shows_both_0200_hours() {
        EpisodeContext context = service.context(spreeOperator, autumnNight);

        assertThat(context.hours()).filteredOn(p -> p.local().equals(LocalDateTime.parse("2026-10-25T02:00:00"))).extracting(ChartPoint::label)
                .containsExactly("02:00 +02", "02:00 +01");
        assertThat(context.hours()).as("three days, the episode's four hours (three on the clock), three days").hasSize(6 * 24 + 4);
    }
}
