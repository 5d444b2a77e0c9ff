package io.meterhub.stream.anomaly;

import org.junit.jupiter.api.Test;

import static io.meterhub.stream.anomaly.AnomalyTestSupport.SAMARA;
import static io.meterhub.stream.anomaly.AnomalyTestSupport.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HourOfWeekBaselineTest {

    @Test
    void the_hour_of_the_week_is_local() {
        assertThat(HourOfWeek.of(at("2026-11-22T20:00:00Z"), SAMARA)).isEqualTo(0); // Monday 00:00 in Samara
        assertThat(HourOfWeek.of(at("2026-11-23T10:30:00Z"), SAMARA)).isEqualTo(14);
        assertThat(HourOfWeek.of(at("2026-11-29T19:59:59Z"), SAMARA)).isEqualTo(167);
    }

    @Test
    void within_the_window_it_is_the_exact_mean_and_deviation() {
        HourOfWeekBaseline baseline = new HourOfWeekBaseline();
        for (double kwh : new double[] {1, 2, 3, 4}) {
            baseline.learn(5, kwh, 8);
        }

        assertThat(baseline.weeks(5)).isEqualTo(4);
        assertThat(baseline.mean(5)).isCloseTo(2.5, within(1e-12));
        assertThat(baseline.deviation(5)).isCloseTo(Math.sqrt(1.25), within(1e-12));
        assertThat(baseline.isEstablished(5, 4)).isTrue();
        assertThat(baseline.isEstablished(6, 1)).isFalse();
    }

    @Test
    void beyond_the_window_it_follows_a_lasting_change() {
        HourOfWeekBaseline baseline = new HourOfWeekBaseline();
        for (int week = 0; week < 8; week++) {
            baseline.learn(0, 1.0, 4);
        }
        for (int week = 0; week < 12; week++) {
            baseline.learn(0, 3.0, 4);
        }

        assertThat(baseline.mean(0)).isCloseTo(3.0, within(0.1));
    }
}
