package io.meterhub.stream.consumption;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RegisterSeriesTest {
    private static final double CAPACITY = 1_000_000;

    private static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    private static RegisterSeries seriesOf(long[] timestamps, double[] values) {
        RegisterSeries series = new RegisterSeries();
        for (int i = 0; i < timestamps.length; i++) {
            series.insert(-series.find(timestamps[i]) - 1, timestamps[i], values[i]);
        }
        return series;
    }

    @Test
    void consumption_is_split_across_hour_boundaries_in_proportion_to_time() {
        RegisterSeries series = seriesOf(new long[] {at("2026-03-01T10:50:00Z"), at("2026-03-01T11:20:00Z")}, new double[] {100, 130});

        assertThat(series.energyIn(at("2026-03-01T10:00:00Z"), CAPACITY)).isCloseTo(10, within(1e-12));
        assertThat(series.energyIn(at("2026-03-01T11:00:00Z"), CAPACITY)).isCloseTo(20, within(1e-12));
        assertThat(series.energyIn(at("2026-03-01T12:00:00Z"), CAPACITY)).isZero();
    }

    @Test
    void a_long_gap_spreads_evenly_over_every_hour_it_spans() {
        RegisterSeries series = seriesOf(new long[] {at("2026-03-01T00:30:00Z"), at("2026-03-01T03:30:00Z")}, new double[] {0, 3});

        assertThat(series.energyIn(at("2026-03-01T00:00:00Z"), CAPACITY)).isCloseTo(0.5, within(1e-12));
        assertThat(series.energyIn(at("2026-03-01T01:00:00Z"), CAPACITY)).isCloseTo(1, within(1e-12));
        assertThat(series.energyIn(at("2026-03-01T02:00:00Z"), CAPACITY)).isCloseTo(1, within(1e-12));
        assertThat(series.energyIn(at("2026-03-01T03:00:00Z"), CAPACITY)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void a_tariff_register_spreads_its_growth_over_its_own_zone_hours_only() {
        // 10:50 -> 11:20 with the register's zone active only from 11:00: all 6 kWh belong to 11:00-11:20
        RegisterSeries series = seriesOf(new long[] {at("2026-03-01T10:50:00Z"), at("2026-03-01T11:20:00Z")}, new double[] {100, 106});
        ZoneHours fromEleven = hour -> hour >= at("2026-03-01T11:00:00Z");

        assertThat(series.energyIn(at("2026-03-01T10:00:00Z"), CAPACITY, fromEleven)).isZero();
        assertThat(series.energyIn(at("2026-03-01T11:00:00Z"), CAPACITY, fromEleven)).isCloseTo(6, within(1e-12));
    }

    @Test
    void growth_outside_the_registers_zone_is_spread_over_the_whole_interval() {
        RegisterSeries series = seriesOf(new long[] {at("2026-03-01T10:30:00Z"), at("2026-03-01T11:30:00Z")}, new double[] {0, 2});
        ZoneHours never = hour -> false;

        assertThat(series.energyIn(at("2026-03-01T10:00:00Z"), CAPACITY, never)).isCloseTo(1, within(1e-12));
        assertThat(series.energyIn(at("2026-03-01T11:00:00Z"), CAPACITY, never)).isCloseTo(1, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Samara", "Asia/Novokuznetsk"})
    void hourly_sums_over_a_local_day_equal_the_register_difference_over_that_day(String zoneName) {
        ZoneId zone = ZoneId.of(zoneName);
        LocalDate day = LocalDate.of(2026, 11, 20);
        long start = day.atStartOfDay(zone).toInstant().toEpochMilli();
        long end = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        Random random = new Random(7);
        RegisterSeries series = new RegisterSeries();
        double value = 4321.5;
        // irregular readings from the evening before to the morning after, including both local midnights
        long t = start - 5 * Hours.HOUR + 1234;
        double atStart = Double.NaN;
        double atEnd = Double.NaN;
        while (t < end + 5 * Hours.HOUR) {
            long next = t + 60_000L * (1 + random.nextInt(40));
            if (t < start && next > start) {
                next = start;
            } else if (t < end && next > end) {
                next = end;
            }
            value += random.nextDouble() * 2;
            series.insert(-series.find(next) - 1, next, value);
            if (next == start) {
                atStart = value;
            }
            if (next == end) {
                atEnd = value;
            }
            t = next;
        }
        double sum = 0;
        for (long hour = start; hour < end; hour += Hours.HOUR) {
            sum += series.energyIn(hour, CAPACITY);
        }
        assertThat(sum).isCloseTo(atEnd - atStart, within(1e-9));
    }

    @Test
    void a_register_that_goes_down_is_a_reset_counted_from_zero_never_negative() {
        RegisterStep step = RegisterStep.between(5_000, 3, CAPACITY);

        assertThat(step.kind()).isEqualTo(RegisterStep.Kind.RESET);
        assertThat(step.energy()).isEqualTo(3);
    }

    @Test
    void a_register_that_wraps_at_its_capacity_is_a_rollover_and_consumption_continues() {
        RegisterStep step = RegisterStep.between(999_998.5, 1.25, CAPACITY);

        assertThat(step.kind()).isEqualTo(RegisterStep.Kind.ROLLOVER);
        assertThat(step.energy()).isCloseTo(2.75, within(1e-9));
    }

    @Test
    void pruning_keeps_an_anchor_and_refuses_readings_before_the_horizon() {
        RegisterSeries series = new RegisterSeries();
        long base = at("2026-03-01T00:00:00Z");
        for (int i = 0; i <= 100; i++) {
            long ts = base + i * Hours.HOUR / 4;
            series.insert(series.size, ts, i);
        }
        series.prune(Hours.HOUR * 10);

        long boundary = Hours.floor(series.latest() - 10 * Hours.HOUR);
        assertThat(series.horizonStart).isEqualTo(boundary);
        assertThat(series.timestamps[0]).isLessThanOrEqualTo(boundary);
        assertThat(series.timestamps[1]).isGreaterThan(boundary);
        assertThat(series.isTooLate(boundary - 1)).isTrue();
        assertThat(series.isTooLate(boundary + 1)).isFalse();
        assertThat(series.energyIn(boundary, CAPACITY)).isCloseTo(4, within(1e-12));
    }

    @Test
    void an_hour_is_measured_only_between_readings_that_reach_across_it_at_the_usual_pace() {
        RegisterSeries series = seriesOf(new long[] {at("2026-03-01T09:52:00Z"), at("2026-03-01T10:07:00Z"), at("2026-03-01T10:22:00Z"),
                at("2026-03-01T10:52:00Z"), at("2026-03-01T11:07:00Z"), at("2026-03-01T17:07:00Z")}, new double[] {1, 2, 3, 4, 5, 30});

        assertThat(series.longestIntervalAround(at("2026-03-01T10:00:00Z"))).isEqualTo(30 * 60_000L); // one reading missing
        assertThat(series.longestIntervalAround(at("2026-03-01T13:00:00Z"))).isEqualTo(6 * 3_600_000L); // inside a silence
        assertThat(series.longestIntervalAround(at("2026-03-01T09:00:00Z"))).isEqualTo(Long.MAX_VALUE); // before the first reading
        assertThat(series.longestIntervalAround(at("2026-03-01T17:00:00Z"))).isEqualTo(Long.MAX_VALUE); // not reported to its end
    }

    @Test
    void readings_an_hour_not_yet_final_needs_survive_pruning_when_input_outruns_the_watermark() {
        RegisterSeries series = new RegisterSeries();
        long start = at("2026-03-01T00:07:00Z");
        for (int i = 0; i < 4 * 24; i++) { // a day of readings arrives while the watermark still says 02:00
            long ts = start + i * 15 * 60_000L;
            series.insert(series.size, ts, i);
            series.prune(6 * 3_600_000L, at("2026-03-01T02:00:00Z"));
        }

        assertThat(series.timestamps[0]).isLessThanOrEqualTo(at("2026-03-01T02:00:00Z"));
        assertThat(series.energyIn(at("2026-03-01T02:00:00Z"), CAPACITY)).isCloseTo(4, within(1e-9));

        series.prune(6 * 3_600_000L, Long.MAX_VALUE);
        assertThat(series.timestamps[0]).isEqualTo(at("2026-03-01T16:52:00Z")); // the anchor of 17:00, six hours before the newest
    }
}
