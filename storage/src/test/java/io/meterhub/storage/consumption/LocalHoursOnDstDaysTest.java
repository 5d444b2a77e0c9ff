package io.meterhub.storage.consumption;

import io.meterhub.cabinet.consumption.ConsumptionBucket;
import io.meterhub.cabinet.consumption.ConsumptionQueries;
import io.meterhub.protocols.consumption.LocalHour;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageTests;
import io.meterhub.storage.telemetry.HourlyConsumption;
import io.meterhub.storage.telemetry.TelemetryWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Local hours of an Europe/Berlin organization on the days its clock moves (2026-03-29 forward, 2026-10-25 back). */
class LocalHoursOnDstDaysTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String METER = "M-BERLIN";
    private static Database database;
    private static ConsumptionQueries queries;

    @BeforeAll
    static void openDatabase() throws SQLException {
        database = StorageTests.withMeters("storage_dst", "SPREE", BERLIN, List.of(StorageTests.meter(METER, "SPREE", BERLIN, 0, "SDM630", "1")));
        // 1 kWh in every UTC hour from 2026-03-27 to 2026-03-31 and from 2026-10-23 to 2026-10-27
        List<HourlyConsumption> rows = new ArrayList<>();
        for (String from : new String[] {"2026-03-27T00:00:00Z", "2026-10-23T00:00:00Z"}) {
            Instant hour = Instant.parse(from);
            for (int h = 0; h < 4 * 24; h++, hour = hour.plusSeconds(3600)) {
                rows.add(new HourlyConsumption(METER, "1.8.0", hour.toEpochMilli(), 1.0,
                        TariffZoneSchedule.threeZoneDefault().zoneAt(hour.atZone(BERLIN).getHour()), true));
            }
        }
        try (Connection connection = database.dataSource().getConnection()) {
            TelemetryWriter.upsertHourly(connection, rows);
        }
        queries = new JdbcConsumptionQueries(database.dataSource());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void the_day_the_clock_goes_back_has_25_hours_and_its_two_0200_hours_are_told_apart() throws SQLException {
        List<ConsumptionBucket> hours = hoursOneKwhEach(LocalDate.of(2026, 10, 25), 25);

        assertThat(hours).extracting(ConsumptionBucket::label).startsWith("00:00", "01:00", "02:00 +02", "02:00 +01", "03:00");
        assertThat(hours.get(2).start()).isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
        assertThat(hours.get(3).start()).isEqualTo(Instant.parse("2026-10-25T01:00:00Z"));
        assertThat(hours.get(2).local()).isEqualTo(hours.get(3).local());
    }

    @Test
    void the_day_the_clock_goes_forward_has_23_hours_without_0200() throws SQLException {
        List<ConsumptionBucket> hours = hoursOneKwhEach(LocalDate.of(2026, 3, 29), 23);

        assertThat(hours).extracting(ConsumptionBucket::label).startsWith("00:00", "01:00", "03:00").doesNotContain("02:00");
    }

    @Test
    void an_ordinary_day_keeps_24_plain_hours() throws SQLException {
        List<ConsumptionBucket> hours = queries.hoursOfDay(METER, LocalDate.of(2026, 10, 24));

        assertThat(hours).hasSize(24);
        assertThat(hours).extracting(ConsumptionBucket::label).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 24).mapToObj(h -> String.format("%02d:00", h)).toList());
    }

    @Test
    void the_hours_of_a_transition_day_are_the_days_local_span_even_without_data() {
        assertThat(LocalHour.ofDay(LocalDate.of(2026, 10, 25), BERLIN)).hasSize(25);
        assertThat(LocalHour.ofDay(LocalDate.of(2026, 3, 29), BERLIN)).hasSize(23);
        assertThat(LocalHour.ofDay(LocalDate.of(2026, 10, 25), ZoneId.of("Europe/Samara"))).hasSize(24)
                .extracting(LocalHour::label).doesNotHaveDuplicates();
    }

    /** The day's hours, checked to be {@code count} of 1 kWh each with labels told apart, ending at 23:00, adding up to the day's total. */
    private static List<ConsumptionBucket> hoursOneKwhEach(LocalDate day, int count) throws SQLException {
        List<ConsumptionBucket> hours = queries.hoursOfDay(METER, day);
        assertThat(hours).hasSize(count).allSatisfy(b -> assertThat(b.kwh()).isEqualTo(1.0));
        assertThat(hours).extracting(ConsumptionBucket::label).doesNotHaveDuplicates().endsWith("23:00");
        double dayTotal = queries.daysOfMonth(METER, YearMonth.from(day)).stream().filter(b -> b.local().toLocalDate().equals(day))
                .mapToDouble(ConsumptionBucket::kwh).sum();
        assertThat(dayTotal).as("the day's total").isCloseTo(count, within(1e-9));
        return hours;
    }
}
