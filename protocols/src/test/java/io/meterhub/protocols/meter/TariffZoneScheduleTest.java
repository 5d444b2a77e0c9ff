package io.meterhub.protocols.meter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TariffZoneScheduleTest {

    @Test
    void the_three_zone_schedule_covers_peak_semi_peak_and_night_hours() {
        TariffZoneSchedule schedule = TariffZoneSchedule.threeZoneDefault();

        assertThat(schedule.zoneAt(7)).isEqualTo(1);
        assertThat(schedule.zoneAt(9)).isEqualTo(1);
        assertThat(schedule.zoneAt(10)).isEqualTo(2);
        assertThat(schedule.zoneAt(20)).isEqualTo(1);
        assertThat(schedule.zoneAt(22)).isEqualTo(2);
        assertThat(schedule.zoneAt(23)).isEqualTo(3);
        assertThat(schedule.zoneAt(0)).isEqualTo(3);
        assertThat(schedule.zoneAt(6)).isEqualTo(3);
        assertThat(schedule.zoneCount()).isEqualTo(3);
    }

    @Test
    void a_single_zone_covers_the_whole_day() {
        assertThat(TariffZoneSchedule.singleZone().asList()).containsOnly(1).hasSize(24);
    }

    @Test
    void an_hour_left_out_or_given_twice_is_named_in_the_error() {
        assertThatThrownBy(() -> TariffZoneSchedule.parse("T1 07-23"))
                .hasMessage("hour 0 is in no zone of \"T1 07-23\"");
        assertThatThrownBy(() -> TariffZoneSchedule.parse("T1 07-23; T2 22-07"))
                .hasMessage("hour 22 is in two zones of \"T1 07-23; T2 22-07\"");
        assertThatThrownBy(() -> TariffZoneSchedule.parse("peak 07-23"))
                .hasMessageContaining("must look like \"T1 07-10,17-21\"");
    }
}
