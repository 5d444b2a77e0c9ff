package io.meterhub.cabinet.consumption;

import io.meterhub.cabinet.Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** The customer's hourly chart and its CSV for an Europe/Berlin organization on the days the clock moves. */
class HourlyChartOnDstDaysTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static Fixture fixture;
    private static Fixture.Person owner;
    private static long meter;
    private static ConsumptionService consumption;

    @BeforeAll
    static void open() throws SQLException {
        fixture = Fixture.open("cabinet_dst_chart");
        fixture.organization("SPREE", BERLIN, 15, 25);
        owner = fixture.customer("dst-owner");
        fixture.telemetryMeter("SPREE", "SM-B", 0);
        meter = fixture.meter(fixture.account(owner, "SPREE"), "ELECTRICITY", 3, 6, 1, "SM-B");
        fixture.hours("SM-B", LocalDate.of(2026, 3, 27).atStartOfDay(BERLIN), LocalDate.of(2026, 3, 31).atStartOfDay(BERLIN), 1.0);
        fixture.hours("SM-B", LocalDate.of(2026, 10, 23).atStartOfDay(BERLIN), LocalDate.of(2026, 10, 28).atStartOfDay(BERLIN), 1.0);
        consumption = new ConsumptionService(fixture.dataSource, Fixture.clockAt("2026-11-20T12:00:00", BERLIN));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void the_chart_of_the_day_the_clock_goes_back_has_25_hours_with_two_0200_hours_told_apart() {
        ConsumptionChart chart = consumption.hourly(owner.viewer(), meter, LocalDate.of(2026, 10, 25));

        assertThat(chart.current()).hasSize(25).allSatisfy(p -> assertThat(p.quantity()).isEqualByComparingTo("1.000"));
        assertThat(chart.current()).extracting(ChartPoint::label).doesNotHaveDuplicates()
                .containsSubsequence("01:00", "02:00 +02", "02:00 +01", "03:00");
        assertThat(chart.current()).filteredOn(p -> p.local().equals(LocalDateTime.parse("2026-10-25T02:00"))).hasSize(2);
        assertThat(chart.previous()).hasSize(24);
        assertThat(consumption.hourly(owner.viewer(), meter, LocalDate.of(2026, 10, 26)).previous()).hasSize(25);

        String csv = ConsumptionService.csv(chart);
        assertThat(csv).contains("2026-10-25;2026-10-25T02:00+02:00;", "2026-10-25;2026-10-25T02:00+01:00;", "2026-10-24;2026-10-24T02:00+02:00;");
        assertThat(csv.lines()).hasSize(1 + 25 + 24);
    }

    @Test
    void the_chart_of_the_day_the_clock_goes_forward_has_23_hours_without_0200() {
        ConsumptionChart chart = consumption.hourly(owner.viewer(), meter, LocalDate.of(2026, 3, 29));

        assertThat(chart.current()).hasSize(23).extracting(ChartPoint::label).doesNotHaveDuplicates()
                .containsSubsequence("00:00", "01:00", "03:00").doesNotContain("02:00");
        assertThat(ConsumptionService.csv(chart)).contains("2026-03-29;2026-03-29T01:00+01:00;", "2026-03-29;2026-03-29T03:00+02:00;");
    }

    @Test
    void the_days_of_the_month_still_add_up_to_the_hours() {
        ConsumptionChart month = consumption.daily(owner.viewer(), meter, YearMonth.of(2026, 10));

        assertThat(month.current().stream().filter(p -> p.local().toLocalDate().equals(LocalDate.of(2026, 10, 25)))
                .map(ChartPoint::quantity).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("25.000");
    }
}
