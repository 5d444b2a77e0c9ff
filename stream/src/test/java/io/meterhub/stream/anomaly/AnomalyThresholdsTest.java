package io.meterhub.stream.anomaly;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AnomalyThresholdsTest {

    @Test
    void the_defaults_are_a_230_volt_household_fleet() {
        AnomalyThresholds t = AnomalyThresholds.defaults();

        assertThat(t.voltageMin()).isEqualTo(207);
        assertThat(t.voltageMax()).isEqualTo(253);
        assertThat(t.nominalVoltage()).isEqualTo(230);
        assertThat(t.baselineMinWeeks()).isEqualTo(3);
        assertThat(t.voltageMinDuration()).isEqualTo(Duration.ofMinutes(10));
        // 3 x 253 V x 100 A for an hour
        assertThat(t.maxEnergyKwh(3_600_000)).isCloseTo(75.9, within(1e-9));
    }

    @Test
    void every_invalid_value_is_named_in_one_message() {
        assertThatThrownBy(() -> AnomalyThresholds.builder().spikeFactor(0.5).voltageBand(253, 207).phases(2)
                .voltageMinDuration(Duration.ofMinutes(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spike factor must be greater than 1")
                .hasMessageContaining("voltage band must be 0 < minimum < maximum, got 253.0..207.0 V")
                .hasMessageContaining("phases must be 1 or 3, got 2")
                .hasMessageContaining("minimum duration of a voltage excursion");
    }

    @Test
    void near_zero_must_stay_below_what_the_baseline_must_expect_and_the_window_cover_the_minimum_weeks() {
        assertThatThrownBy(() -> AnomalyThresholds.builder().nearZeroKwh(0.5).zeroMinExpectedKwh(0.2).build())
                .hasMessageContaining("must be above what counts as near zero");
        assertThatThrownBy(() -> AnomalyThresholds.builder().baselineMinWeeks(6).baselineWindowWeeks(4).build())
                .hasMessageContaining("baseline window (4 weeks) cannot be shorter");
        assertThatThrownBy(() -> AnomalyThresholds.builder().spikeFactor(Double.NaN).build())
                .hasMessageContaining("spike factor");
    }

    @Test
    void the_builder_starts_from_an_existing_set() {
        AnomalyThresholds t = AnomalyThresholds.defaults().toBuilder().gapToleranceIntervals(8).build();

        assertThat(t.gapToleranceIntervals()).isEqualTo(8);
        assertThat(t.spikeFactor()).isEqualTo(AnomalyThresholds.defaults().spikeFactor());
    }
}
