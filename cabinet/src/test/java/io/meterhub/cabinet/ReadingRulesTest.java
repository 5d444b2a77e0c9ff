package io.meterhub.cabinet;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.readings.FlaggedReading;
import io.meterhub.cabinet.readings.OperatorReviewService;
import io.meterhub.cabinet.readings.ReadingFlag;
import io.meterhub.cabinet.readings.ReadingStatus;
import io.meterhub.cabinet.readings.ReadingSubmissionService;
import io.meterhub.cabinet.readings.ReadingView;
import io.meterhub.cabinet.readings.SubmissionResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadingRulesTest {
    private static final LocalDate IN_WINDOW = LocalDate.of(2026, 3, 20);
    private static Fixture fixture;
    private static Fixture.Person ivanov;
    private static Viewer operator;
    private static Viewer foreignOperator;
    private static long account;
    private static ReadingSubmissionService submissions;
    private static OperatorReviewService review;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("cabinet_readings");
        fixture.organization("GRID", Fixture.SAMARA, 15, 25);
        fixture.organization("OTHER", Fixture.SAMARA, 15, 25);
        ivanov = fixture.customer("ivanov");
        operator = fixture.staff("operator", Role.OPERATOR, "GRID");
        foreignOperator = fixture.staff("other-operator", Role.OPERATOR, "OTHER");
        account = fixture.account(ivanov, "GRID");
        Clock clock = Fixture.clockAt("2026-03-20T12:00:00", Fixture.SAMARA);
        submissions = Services.of(fixture.dataSource, clock).submissions();
        review = Services.of(fixture.dataSource, clock).operatorReview();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    /** A three-zone meter with three months of history growing 100, 50 and 80 a month. */
    private static long threeZoneMeterWithHistory() {
        long meter = fixture.meter(account, "ELECTRICITY", 3, 6, 1, null);
        String[][] history = {{"2025-12-20", "1000", "500", "800"}, {"2026-01-20", "1100", "550", "880"}, {"2026-02-20", "1200", "600", "960"}};
        for (String[] month : history) {
            for (int zone = 1; zone <= 3; zone++) {
                fixture.accepted(meter, zone, month[zone], LocalDate.parse(month[0]));
            }
        }
        return meter;
    }

    private static Map<Integer, BigDecimal> values(String... values) {
        Map<Integer, BigDecimal> map = new java.util.HashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(i + 1, new BigDecimal(values[i]));
        }
        return map;
    }

    private static void refused(Executable call, String code, Object... args) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.args()).containsExactly(args);
        });
    }

    @Test
    void a_service_with_its_own_window_takes_readings_on_its_days_not_the_organizations() {
        new io.meterhub.storage.cabinet.organizations.JdbcOrganizationRepository(fixture.dataSource).setBilledServices("GRID", List.of(
                new io.meterhub.cabinet.organizations.BilledServiceRow("COLD_WATER", 20, 28),
                new io.meterhub.cabinet.organizations.BilledServiceRow("ELECTRICITY", null, null)));
        long water = fixture.meter(account, "COLD_WATER", 1, 5, 3, null);
        refused(() -> submissions.submit(ivanov.viewer(), water, Map.of(1, new BigDecimal("12.345")), LocalDate.of(2026, 3, 16)),
                "reading.window_closed", LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 28));
        assertThat(submissions.submit(ivanov.viewer(), water, Map.of(1, new BigDecimal("12.345")), LocalDate.of(2026, 3, 27)).readings())
                .isNotEmpty();
        // electricity keeps the organization's window (15..25)
        long power = threeZoneMeterWithHistory();
        refused(() -> submissions.submit(ivanov.viewer(), power, values("1250", "620", "1000"), LocalDate.of(2026, 3, 27)),
                "reading.window_closed", LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 25));
    }

    @Test
    void outside_the_window_a_customers_reading_is_refused_with_the_next_windows_dates() {
        long meter = threeZoneMeterWithHistory();
        refused(() -> submissions.submit(ivanov.viewer(), meter, values("1250", "620", "1000"), LocalDate.of(2026, 3, 26)),
                "reading.window_closed", LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 25));
        ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> submissions.submit(ivanov.viewer(), meter, values("1250", "620", "1000"), LocalDate.of(2026, 3, 26)));
        assertThat(e.getMessage()).isEqualTo("Readings are taken from 2026-04-15 to 2026-04-25");
        assertThat(e.message(Locale.forLanguageTag("ru"))).isEqualTo("Показания принимаются с 15.04.2026 по 25.04.2026");
        assertThat(submissions.history(ivanov.viewer(), meter)).hasSize(9);
    }

    @Test
    void every_zone_of_the_meter_needs_exactly_one_value() {
        long meter = threeZoneMeterWithHistory();
        refused(() -> submissions.submit(ivanov.viewer(), meter, values("1250", "620"), IN_WINDOW), "reading.zone_missing", 3);
        refused(() -> submissions.submit(ivanov.viewer(), meter, values("1250", "620", "1000", "5"), IN_WINDOW), "reading.zone_unknown", 4, 3);

        SubmissionResult result = submissions.submit(ivanov.viewer(), meter, values("1250", "620", "1000"), IN_WINDOW);
        assertThat(result.readings()).extracting(ReadingView::zone, ReadingView::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ReadingStatus.ACCEPTED), org.assertj.core.groups.Tuple.tuple(2, ReadingStatus.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple(3, ReadingStatus.ACCEPTED));
    }

    @Test
    void decimals_and_integer_digits_follow_the_meter() {
        long meter = threeZoneMeterWithHistory();
        refused(() -> submissions.submit(ivanov.viewer(), meter, values("1250.55", "620", "1000"), IN_WINDOW), "reading.too_many_decimals", 1, 1);
        refused(() -> submissions.submit(ivanov.viewer(), meter, values("1250", "1234567", "1000"), IN_WINDOW), "reading.too_many_digits", 2, 6);
        refused(() -> submissions.submit(ivanov.viewer(), meter, values("1250", "620", "-1"), IN_WINDOW), "reading.negative", 3);

        SubmissionResult result = submissions.submit(ivanov.viewer(), meter, values("1250.50", "620.0", "1000.3"), IN_WINDOW);
        assertThat(result.readings()).extracting(ReadingView::value).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1250.5"), new BigDecimal("620.0"), new BigDecimal("1000.3"));
    }

    @Test
    void a_value_lower_than_the_last_accepted_one_is_refused() {
        long meter = threeZoneMeterWithHistory();
        refused(() -> submissions.submit(ivanov.viewer(), meter, values("1199.9", "620", "1000"), IN_WINDOW),
                "reading.lower_than_last", 1, new BigDecimal("1199.9"), new BigDecimal("1200.000"), LocalDate.of(2026, 2, 20));
        assertThat(submissions.history(ivanov.viewer(), meter)).hasSize(9);
    }

    @Test
    void after_an_operator_confirms_a_replacement_a_lower_value_starts_the_new_meter() {
        long meter = threeZoneMeterWithHistory();
        assertThatThrownBy(() -> submissions.confirmReplacement(ivanov.viewer(), meter)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> submissions.confirmReplacement(foreignOperator, meter)).isInstanceOf(AccessDeniedException.class);
        submissions.confirmReplacement(operator, meter);

        SubmissionResult result = submissions.submit(ivanov.viewer(), meter, values("3.5", "1.0", "2.0"), IN_WINDOW);

        assertThat(result.readings()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(ReadingStatus.ACCEPTED);
            assertThat(r.meterReplacement()).isTrue();
        });
        assertThat(submissions.lastAccepted(ivanov.viewer(), meter).get(1).value()).isEqualByComparingTo("3.5");
        // the confirmation is used once
        refused(() -> submissions.submit(ivanov.viewer(), meter, values("1", "1", "1"), IN_WINDOW.plusDays(1)),
                "reading.lower_than_last", 1, new BigDecimal("1.0"), new BigDecimal("3.500"), IN_WINDOW);
    }

    @Test
    void an_implausible_jump_is_kept_under_review_and_the_operator_decides_it() {
        long meter = threeZoneMeterWithHistory();
        SubmissionResult result = submissions.submit(ivanov.viewer(), meter, values("2500", "650", "1040"), IN_WINDOW);

        assertThat(result.anyUnderReview()).isTrue();
        assertThat(result.readings().get(0).status()).isEqualTo(ReadingStatus.UNDER_REVIEW);
        assertThat(result.readings().get(0).flag()).isEqualTo(ReadingFlag.JUMP);
        assertThat(result.readings().get(1).status()).isEqualTo(ReadingStatus.ACCEPTED);
        long flaggedId = result.readings().get(0).id();

        List<FlaggedReading> flagged = review.flagged(operator);
        assertThat(flagged).extracting(f -> f.reading().id()).contains(flaggedId);
        assertThat(flagged.stream().filter(f -> f.reading().id() == flaggedId).findFirst().orElseThrow().lastAcceptedValue())
                .isEqualByComparingTo("1200");
        assertThat(review.flagged(foreignOperator)).isEmpty();
        assertThatThrownBy(() -> review.flagged(ivanov.viewer())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.reject(foreignOperator, flaggedId, "no")).isInstanceOf(AccessDeniedException.class);
        refused(() -> review.reject(operator, flaggedId, " "), "review.reason_required");

        ReadingView rejected = review.reject(operator, flaggedId, "Фото счётчика не совпадает");

        assertThat(rejected.status()).isEqualTo(ReadingStatus.REJECTED);
        assertThat(submissions.history(ivanov.viewer(), meter).stream().filter(r -> r.id() == flaggedId).findFirst().orElseThrow().reason()).isEqualTo("Фото счётчика не совпадает");
        refused(() -> review.accept(operator, flaggedId), "review.not_pending");
        assertThat(submissions.lastAccepted(ivanov.viewer(), meter).get(1).value()).isEqualByComparingTo("1200");
    }

    @Test
    void without_history_a_sane_floor_decides_what_is_a_jump() {
        long meter = fixture.meter(account, "ELECTRICITY", 1, 6, 0, null);
        fixture.accepted(meter, 1, "100", LocalDate.of(2026, 2, 20));
        assertThat(submissions.submit(ivanov.viewer(), meter, values("900"), IN_WINDOW).readings().get(0).status()).isEqualTo(ReadingStatus.ACCEPTED);

        long other = fixture.meter(account, "ELECTRICITY", 1, 6, 0, null);
        fixture.accepted(other, 1, "100", LocalDate.of(2026, 2, 20));
        ReadingView jump = submissions.submit(ivanov.viewer(), other, values("1600"), IN_WINDOW).readings().get(0);
        assertThat(jump.status()).isEqualTo(ReadingStatus.UNDER_REVIEW);
        assertThat(jump.flag()).isEqualTo(ReadingFlag.JUMP);
    }

    @Test
    void a_smart_meters_reading_that_disagrees_with_telemetry_is_flagged_and_one_that_agrees_is_accepted() throws SQLException {
        fixture.telemetryMeter("GRID", "SMART-1", 0);
        // one kWh every hour from 20 February to the end of 20 March, local time
        fixture.hours("SMART-1", LocalDate.of(2026, 2, 20).atStartOfDay(Fixture.SAMARA), LocalDate.of(2026, 3, 21).atStartOfDay(Fixture.SAMARA), 1.0);
        long agreeing = fixture.meter(account, "ELECTRICITY", 1, 6, 1, "SMART-1");
        long disagreeing = fixture.meter(account, "ELECTRICITY", 1, 6, 1, "SMART-1");
        fixture.accepted(agreeing, 1, "5000", LocalDate.of(2026, 2, 20));
        fixture.accepted(disagreeing, 1, "5000", LocalDate.of(2026, 2, 20));

        // between 648 (the days strictly between) and 696 (both days too) kWh went through the meter
        ReadingView agrees = submissions.submit(ivanov.viewer(), agreeing, values("5680"), IN_WINDOW).readings().get(0);
        ReadingView disagrees = submissions.submit(ivanov.viewer(), disagreeing, values("5900"), IN_WINDOW).readings().get(0);

        assertThat(agrees.status()).isEqualTo(ReadingStatus.ACCEPTED);
        assertThat(disagrees.status()).isEqualTo(ReadingStatus.UNDER_REVIEW);
        assertThat(disagrees.flag()).isEqualTo(ReadingFlag.TELEMETRY_MISMATCH);
        assertThat(review.accept(operator, disagrees.id()).status()).isEqualTo(ReadingStatus.ACCEPTED);
    }

    @Test
    void a_three_zone_smart_meter_is_checked_zone_by_zone_against_the_schedules_hours() throws SQLException {
        fixture.telemetryMeter("GRID", "SMART-3", 0);
        fixture.hours("SMART-3", LocalDate.of(2026, 2, 20).atStartOfDay(Fixture.SAMARA), LocalDate.of(2026, 3, 21).atStartOfDay(Fixture.SAMARA), 1.0);
        long meter = fixture.meter(account, "ELECTRICITY", 3, 6, 1, "SMART-3");
        for (int zone = 1; zone <= 3; zone++) {
            fixture.accepted(meter, zone, "100", LocalDate.of(2026, 2, 20));
        }
        // a day has 7 peak, 9 semi-peak and 8 night hours: 27 to 29 days of them
        SubmissionResult result = submissions.submit(ivanov.viewer(), meter, values("300", "345", "100"), IN_WINDOW);
        assertThat(result.readings()).extracting(ReadingView::status)
                .containsExactly(ReadingStatus.ACCEPTED, ReadingStatus.ACCEPTED, ReadingStatus.UNDER_REVIEW);
        assertThat(result.readings().get(2).flag()).isEqualTo(ReadingFlag.TELEMETRY_MISMATCH);
    }
}
