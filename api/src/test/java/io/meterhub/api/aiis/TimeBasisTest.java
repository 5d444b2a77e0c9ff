package io.meterhub.api.aiis;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TimeBasisTest {

    @Test
    void moscow_time_is_a_fixed_utc_plus_3_and_summer_periods_are_an_hour_ahead() {
        LocalDate day = LocalDate.of(2024, 3, 1);
        assertThat(TimeBasis.of(1, day).at(day, 0, false)).isEqualTo(Instant.parse("2024-02-29T21:00:00Z"));
        assertThat(TimeBasis.of(1, day).at(day, 1440, false)).isEqualTo(Instant.parse("2024-03-01T21:00:00Z"));
        LocalDate spring = LocalDate.of(2007, 3, 25);
        assertThat(TimeBasis.of(1, spring).at(spring, 180, true)).isEqualTo(Instant.parse("2007-03-24T23:00:00Z"));
    }

    @Test
    void the_years_of_permanent_summer_time_are_utc_plus_4_and_unknown_zones_have_no_basis() {
        LocalDate day = LocalDate.of(2012, 6, 1);
        assertThat(TimeBasis.of(1, day).at(day, 0, false)).isEqualTo(Instant.parse("2012-05-31T20:00:00Z"));
        assertThat(TimeBasis.of(3, day).at(day, 0, false)).isEqualTo(Instant.parse("2012-05-31T13:00:00Z"));
        assertThat(TimeBasis.of(2, day)).isNull();
    }
}
