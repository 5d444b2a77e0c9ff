package io.meterhub.cabinet.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The production calendar from its yearly data files: holidays, transferred days, working weekends, terms across years. */
class ProductionCalendarTest {
    private static final ProductionCalendar CALENDAR = ProductionCalendar.russia();

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void covers_2025_to_2027_from_one_file_per_year() {
        assertThat(CALENDAR.firstYear()).isEqualTo(2025);
        assertThat(CALENDAR.lastYear()).isEqualTo(2027);
    }

    @Test
    void each_year_has_the_published_247_working_days() {
        for (int year = 2025; year <= 2027; year++) {
            assertThat(countWorkingDays(year)).as("working days of %d", year).isEqualTo(247);
            assertThat(CALENDAR.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31))).isEqualTo(247);
        }
    }

    private static int countWorkingDays(int year) {
        int n = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (CALENDAR.isWorkingDay(day)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void new_year_holidays_2027_run_from_31_december_to_10_january() {
        assertThat(CALENDAR.isWorkingDay(d("2026-12-30"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(d("2026-12-31"))).as("31 Dec 2026 (Thu), moved from 4 Jan").isFalse();
        for (LocalDate day = d("2027-01-01"); day.isBefore(d("2027-01-11")); day = day.plusDays(1)) {
            assertThat(CALENDAR.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(CALENDAR.isWorkingDay(d("2027-01-11"))).isTrue();
    }

    @Test
    void a_term_started_before_new_year_skips_the_holidays() {
        assertThat(CALENDAR.addWorkingDays(d("2026-12-30"), 1)).isEqualTo(d("2027-01-11"));
        assertThat(CALENDAR.addWorkingDays(d("2026-12-29"), 3)).isEqualTo(d("2027-01-12"));
        // п. 15: 20 working days from Friday 25 Dec 2026: 28-30 Dec, then 11 Jan onwards
        assertThat(CALENDAR.addWorkingDays(d("2026-12-25"), 20)).isEqualTo(d("2027-02-02"));
        assertThat(CALENDAR.workingDaysBetween(d("2026-12-25"), d("2027-02-02"))).isEqualTo(20);
        assertThat(CALENDAR.workingDaysBetween(d("2026-12-30"), d("2027-01-11"))).isEqualTo(1);
        assertThat(CALENDAR.workingDaysBetween(d("2027-01-11"), d("2026-12-30"))).isEqualTo(-1);
    }

    @Test
    void a_saturday_declared_working_counts_and_the_days_it_moved_do_not() {
        // 2027: Saturday 20 Feb is worked, Monday 22 Feb is off instead; 23 Feb is the holiday
        assertThat(CALENDAR.isWorkingDay(d("2027-02-20"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(d("2027-02-22"))).isFalse();
        assertThat(CALENDAR.addWorkingDays(d("2027-02-19"), 1)).isEqualTo(d("2027-02-20"));
        assertThat(CALENDAR.addWorkingDays(d("2027-02-19"), 2)).isEqualTo(d("2027-02-24"));
        // 2025: Saturday 1 Nov worked, Monday 3 Nov off, 4 Nov the holiday
        assertThat(CALENDAR.addWorkingDays(d("2025-10-31"), 1)).isEqualTo(d("2025-11-01"));
        assertThat(CALENDAR.addWorkingDays(d("2025-10-31"), 2)).isEqualTo(d("2025-11-05"));
        // 2026: 8 March (Sunday) moves to Monday 9 March; 9 May (Saturday) to Monday 11 May
        assertThat(CALENDAR.addWorkingDays(d("2026-03-06"), 1)).isEqualTo(d("2026-03-10"));
        assertThat(CALENDAR.addWorkingDays(d("2026-05-08"), 1)).isEqualTo(d("2026-05-12"));
    }

    @Test
    void zero_days_is_the_start_itself() {
        assertThat(CALENDAR.addWorkingDays(d("2027-01-03"), 0)).isEqualTo(d("2027-01-03"));
    }

    @Test
    void a_year_without_data_is_refused_by_name_not_guessed() {
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(d("2028-01-10")))
                .isInstanceOf(CalendarNotCoveredException.class)
                .satisfies(e -> assertThat(((CalendarNotCoveredException) e).message(Locale.ENGLISH))
                        .isEqualTo("The production calendar has no data for 2028 (it covers 2025 to 2027); add the year's data file first"))
                .satisfies(e -> assertThat(((CalendarNotCoveredException) e).message(Locale.forLanguageTag("ru")))
                        .startsWith("В производственном календаре нет данных за 2028 год"));
        // a term that runs past the last covered day fails rather than ending on a guessed date
        assertThatThrownBy(() -> CALENDAR.addWorkingDays(d("2027-12-29"), 3)).isInstanceOf(CalendarNotCoveredException.class);
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(d("2024-12-31"))).isInstanceOf(CalendarNotCoveredException.class);
    }
}
