package io.meterhub.dashboard.consumption;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The hourly chart's axis on the days an Europe/Berlin clock moves. */
class HourSlotsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void the_day_the_clock_goes_back_has_25_slots_and_two_0200_slots_told_apart() {
        HourSlots slots = new HourSlots(LocalDate.of(2026, 10, 25), BERLIN);

        assertThat(slots.labels()).hasSize(25).doesNotHaveDuplicates().startsWith("00:00", "01:00", "02:00 +02", "02:00 +01", "03:00");
        assertThat(slots.of(Instant.parse("2026-10-25T00:00:00Z"))).isEqualTo(2);
        assertThat(slots.of(Instant.parse("2026-10-25T01:30:00Z"))).as("an event in the second 02:00").isEqualTo(3);
        assertThat(slots.ofPreviousDay(LocalDateTime.parse("2026-10-24T02:00"))).isEqualTo(2);
        assertThat(slots.ofPreviousDay(LocalDateTime.parse("2026-10-24T03:00"))).isEqualTo(4);
        assertThat(slots.of(Instant.parse("2026-10-25T23:00:00Z"))).as("the next day").isEqualTo(-1);
    }

    @Test
    void the_day_the_clock_goes_forward_has_23_slots_and_the_previous_days_0200_stands_at_0300() {
        HourSlots slots = new HourSlots(LocalDate.of(2026, 3, 29), BERLIN);

        assertThat(slots.labels()).hasSize(23).doesNotHaveDuplicates().startsWith("00:00", "01:00", "03:00").doesNotContain("02:00");
        assertThat(slots.ofPreviousDay(LocalDateTime.parse("2026-03-28T02:00"))).isEqualTo(2);
        assertThat(slots.ofPreviousDay(LocalDateTime.parse("2026-03-28T23:00"))).isEqualTo(22);
    }

    @Test
    void the_day_after_the_clock_went_back_lays_both_previous_0200_hours_beside_its_0200() {
        HourSlots slots = new HourSlots(LocalDate.of(2026, 10, 26), BERLIN);

        assertThat(slots.labels()).hasSize(24).contains("02:00");
        assertThat(slots.ofPreviousDay(LocalDateTime.parse("2026-10-25T02:00"))).isEqualTo(2);
    }
}
