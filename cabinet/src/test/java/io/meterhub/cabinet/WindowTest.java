package io.meterhub.cabinet;

import io.meterhub.cabinet.windows.SubmissionWindow;
import io.meterhub.cabinet.windows.WindowService;
import io.meterhub.cabinet.windows.WindowState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class WindowTest {
    private static Fixture fixture;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("cabinet_window");
        fixture.organization("SAMARA_GRID", Fixture.SAMARA, 15, 25);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void the_window_is_open_from_its_first_to_its_last_day_inclusive() {
        SubmissionWindow window = new SubmissionWindow(15, 25);
        assertThat(window.state(LocalDate.of(2026, 3, 15))).isEqualTo(new WindowState(true, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 25), null, null));
        assertThat(window.state(LocalDate.of(2026, 3, 25)).open()).isTrue();
    }

    @Test
    void a_closed_window_names_the_next_windows_first_and_last_day() {
        SubmissionWindow window = new SubmissionWindow(15, 25);
        assertThat(window.state(LocalDate.of(2026, 3, 14))).isEqualTo(new WindowState(false, LocalDate.of(2026, 3, 14), null,
                LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 25)));
        assertThat(window.state(LocalDate.of(2026, 3, 26))).isEqualTo(new WindowState(false, LocalDate.of(2026, 3, 26), null,
                LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 25)));
    }

    @Test
    void the_next_window_after_december_is_in_january_of_the_next_year() {
        WindowState state = new SubmissionWindow(15, 25).state(LocalDate.of(2025, 12, 28));
        assertThat(state.open()).isFalse();
        assertThat(state.nextFirstDay()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(state.nextLastDay()).isEqualTo(LocalDate.of(2026, 1, 25));
    }

    @Test
    void a_window_running_into_the_next_month_is_open_across_the_year_end() {
        SubmissionWindow window = new SubmissionWindow(25, 5);
        assertThat(window.state(LocalDate.of(2026, 1, 3))).isEqualTo(new WindowState(true, LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 5), null, null));
        assertThat(window.state(LocalDate.of(2025, 12, 26)).openUntil()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(window.state(LocalDate.of(2026, 1, 10)).nextFirstDay()).isEqualTo(LocalDate.of(2026, 1, 25));
    }

    @Test
    void a_last_day_beyond_the_month_end_means_the_months_last_day() {
        assertThat(new SubmissionWindow(20, 31).state(LocalDate.of(2026, 2, 21)).openUntil()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void the_window_follows_the_organizations_time_zone_not_utc() {
        // 21:30 UTC on the 25th is already 01:30 on the 26th in Samara (UTC+4): the window has closed.
        Clock clock = Clock.fixed(Instant.parse("2026-03-25T21:30:00Z"), ZoneOffset.UTC);
        WindowState state = Services.of(fixture.dataSource, clock).windows().now("SAMARA_GRID");
        assertThat(state.open()).isFalse();
        assertThat(state.today()).isEqualTo(LocalDate.of(2026, 3, 26));
        assertThat(state.nextFirstDay()).isEqualTo(LocalDate.of(2026, 4, 15));

        Clock earlier = Clock.fixed(Instant.parse("2026-03-25T19:30:00Z"), ZoneOffset.UTC);
        assertThat(Services.of(fixture.dataSource, earlier).windows().now("SAMARA_GRID").openUntil()).isEqualTo(LocalDate.of(2026, 3, 25));
    }
}
