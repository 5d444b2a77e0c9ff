package io.meterhub.devices.simulator;

import io.meterhub.protocols.meter.MeterInfo;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class LoadCurveTest {
    private static final ZoneId SAMARA = ZoneId.of("Europe/Samara");
    // Monday 2 March 2026 to Sunday 8 March 2026.
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void the_household_curve_peaks_in_the_evening() {
        double evening = LoadCurves.kw(LoadProfile.HOUSEHOLD, MONDAY.atTime(20, 0));
        for (int hour = 0; hour < 24; hour++) {
            assertThat(LoadCurves.kw(LoadProfile.HOUSEHOLD, MONDAY.atTime(hour, 0))).isLessThanOrEqualTo(evening);
        }
        assertThat(LoadCurves.kw(LoadProfile.HOUSEHOLD, MONDAY.atTime(8, 0)))
                .as("morning peak over working hours").isGreaterThan(LoadCurves.kw(LoadProfile.HOUSEHOLD, MONDAY.atTime(12, 0)));
        assertThat(LoadCurves.kw(LoadProfile.HOUSEHOLD, MONDAY.plusDays(5).atTime(12, 0)))
                .as("people at home at weekend noon").isGreaterThan(LoadCurves.kw(LoadProfile.HOUSEHOLD, MONDAY.atTime(12, 0)));
    }

    @Test
    void the_commercial_curve_is_high_in_working_hours_of_working_days_only() {
        LocalDateTime mondayNoon = MONDAY.atTime(12, 0);
        assertThat(LoadCurves.kw(LoadProfile.COMMERCIAL, mondayNoon))
                .isGreaterThan(3 * LoadCurves.kw(LoadProfile.COMMERCIAL, MONDAY.atTime(3, 0)))
                .isGreaterThan(3 * LoadCurves.kw(LoadProfile.COMMERCIAL, MONDAY.plusDays(5).atTime(12, 0)));
    }

    @Test
    void the_fleet_truth_follows_the_profiles_by_local_hour() {
        FleetSimulator simulator = new FleetSimulator(FleetSpec.defaults().withShares(0.5, 0.1), Faults.none());
        Sent.replay(simulator, "2026-03-01T20:00:00Z", "2026-03-08T20:00:00Z");
        Map<String, LoadProfile> profiles = simulator.fleet().simulatedMeters().stream()
                .collect(Collectors.toMap(SimulatedMeter::meterId, SimulatedMeter::profile));
        double[][] workday = new double[2][24];
        double[][] weekend = new double[2][24];
        for (HourlyEnergy hour : simulator.truth().hourly()) {
            if (!hour.obis().equals("1.8.0")) {
                continue;
            }
            ZonedDateTime local = Instant.ofEpochMilli(hour.hourStart()).atZone(SAMARA);
            boolean isWeekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
            (isWeekend ? weekend : workday)[profiles.get(hour.meterId()).ordinal()][local.getHour()] += hour.kwh();
        }
        double[] household = workday[LoadProfile.HOUSEHOLD.ordinal()];
        double[] commercial = workday[LoadProfile.COMMERCIAL.ordinal()];
        assertThat(argMax(household)).isBetween(18, 21);
        assertThat(argMax(commercial)).isBetween(9, 17);
        double workdayNoonPerDay = commercial[12] / 5;
        double weekendNoonPerDay = weekend[LoadProfile.COMMERCIAL.ordinal()][12] / 2;
        assertThat(workdayNoonPerDay).isGreaterThan(2 * weekendNoonPerDay);
        assertThat(simulator.meters()).extracting(MeterInfo::meterId).hasSize(20);
    }

    private static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            best = values[i] > values[best] ? i : best;
        }
        return best;
    }
}
