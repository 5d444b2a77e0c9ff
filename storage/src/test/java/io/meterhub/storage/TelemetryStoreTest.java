package io.meterhub.storage;

import io.meterhub.cabinet.consumption.ConsumptionBucket;
import io.meterhub.cabinet.consumption.ConsumptionQueries;
import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.protocols.telemetry.EventCode;
import io.meterhub.protocols.telemetry.MeterEvent;
import io.meterhub.protocols.telemetry.Reading;
import io.meterhub.storage.consumption.JdbcConsumptionQueries;
import io.meterhub.storage.registry.MeterRegistry;
import io.meterhub.storage.telemetry.HourlyConsumption;
import io.meterhub.storage.telemetry.QuarantinedItem;
import io.meterhub.storage.telemetry.TelemetryWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class TelemetryStoreTest {
    private static final ZoneId SAMARA = ZoneId.of("Europe/Samara");
    private static Database database;

    @BeforeAll
    static void openDatabase() throws SQLException {
        database = StorageTests.withMeters("storage", "VOLGA", SAMARA, List.of(StorageTests.meter("M-ZONED", "VOLGA", SAMARA, 0, "SDM630", "1"),
                StorageTests.meter("M-TARIFF", "VOLGA", SAMARA, 3, "Mercury 230", "2")));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    private static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void the_registry_returns_each_meter_with_its_organizations_calendar_zones_and_controller() throws SQLException {
        Map<String, MeterInfo> meters = new MeterRegistry(database.dataSource()).loadMeterInfos();

        assertThat(meters.get("M-TARIFF")).isEqualTo(new MeterInfo("M-TARIFF", "VOLGA", SAMARA, TariffZoneSchedule.threeZoneDefault(), 6, 3, 900, "CTL-1"));
    }

    @Test
    void writing_the_same_readings_events_and_quarantine_twice_stores_them_once() throws SQLException {
        List<Reading> readings = List.of(new Reading("M-ZONED", "1.8.0", at("2026-01-01T00:00:00Z"), 1.5),
                new Reading("M-ZONED", "1.8.0", at("2026-01-01T00:15:00Z"), 2.5),
                new Reading("M-ZONED", "1.8.0", at("2026-01-01T00:15:00Z"), 2.5));
        List<MeterEvent> events = List.of(new MeterEvent("M-ZONED", at("2026-01-01T00:05:00Z"), EventCode.COVER_OPEN, "{\"by\":\"test\"}"));
        List<QuarantinedItem> items = List.of(QuarantinedItem.of("meterhub/v1/CTL-1/up", at("2026-01-01T00:05:00Z"), "/readings/0",
                "bad", "{}", "{\"v\":1,\u0000}"));
        try (Connection connection = Database.connect(StorageConfig.of(jdbcUrl()))) {
            for (int attempt = 0; attempt < 2; attempt++) {
                TelemetryWriter.writeRawReadings(connection, readings);
                TelemetryWriter.writeEvents(connection, events);
                TelemetryWriter.writeQuarantine(connection, items);
            }
        }

        assertThat(count("SELECT count(*) FROM raw_reading WHERE meter_id = 'M-ZONED' AND ts < '2026-01-02'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM meter_event WHERE meter_id = 'M-ZONED' AND code = 'COVER_OPEN'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM quarantine WHERE source = 'meterhub/v1/CTL-1/up'")).isEqualTo(1);
    }

    @Test
    void an_hour_upserted_again_keeps_the_newest_value_and_stays_final_once_final() throws SQLException {
        long hour = at("2026-02-01T10:00:00Z");
        try (Connection connection = Database.connect(StorageConfig.of(jdbcUrl()))) {
            TelemetryWriter.upsertHourly(connection, List.of(new HourlyConsumption("M-ZONED", "1.8.0", hour, 1.0, 2, false),
                    new HourlyConsumption("M-ZONED", "1.8.0", hour, 2.0, 2, true)));
            TelemetryWriter.upsertHourly(connection, List.of(new HourlyConsumption("M-ZONED", "1.8.0", hour, 2.5, 2, false)));
        }

        assertThat(count("SELECT count(*) FROM hourly_consumption WHERE meter_id = 'M-ZONED' AND hour_start = '2026-02-01T10:00:00Z' AND kwh = 2.5 AND final")).isEqualTo(1);
    }

    @Test
    void consumption_is_grouped_by_local_hour_day_and_month_of_the_organization_with_zones() throws SQLException {
        // 2026-03-09 local day in Samara (UTC+4) runs from 2026-03-08T20:00Z to 2026-03-09T20:00Z
        List<HourlyConsumption> rows = new ArrayList<>();
        long start = at("2026-03-08T20:00:00Z");
        for (int h = 0; h < 24; h++) {
            int localHour = h;
            rows.add(new HourlyConsumption("M-ZONED", "1.8.0", start + h * 3_600_000L, 1.0 + h,
                    TariffZoneSchedule.threeZoneDefault().zoneAt(localHour), true));
        }
        rows.add(new HourlyConsumption("M-ZONED", "1.8.0", start - 3_600_000L, 100, 3, true)); // the day before, locally
        try (Connection connection = Database.connect(StorageConfig.of(jdbcUrl()))) {
            TelemetryWriter.upsertHourly(connection, rows);
        }
        ConsumptionQueries queries = new JdbcConsumptionQueries(database.dataSource());

        List<ConsumptionBucket> hours = queries.hoursOfDay("M-ZONED", LocalDate.of(2026, 3, 9));
        assertThat(hours).hasSize(24);
        assertThat(hours.get(0)).isEqualTo(new ConsumptionBucket(Instant.parse("2026-03-08T20:00:00Z"), LocalDateTime.parse("2026-03-09T00:00"), "00:00", 3, 1.0));
        assertThat(hours.get(8)).isEqualTo(new ConsumptionBucket(Instant.parse("2026-03-09T04:00:00Z"), LocalDateTime.parse("2026-03-09T08:00"), "08:00", 1, 9.0));

        List<ConsumptionBucket> days = queries.daysOfMonth("M-ZONED", YearMonth.of(2026, 3));
        // peak 07-10,17-21 -> local hours 7,8,9,17,18,19,20 hold values h+1
        assertThat(days).extracting(ConsumptionBucket::local, ConsumptionBucket::zone)
                .containsExactly(tuple(LocalDateTime.parse("2026-03-08T00:00"), 3), tuple(LocalDateTime.parse("2026-03-09T00:00"), 1),
                        tuple(LocalDateTime.parse("2026-03-09T00:00"), 2), tuple(LocalDateTime.parse("2026-03-09T00:00"), 3));
        assertThat(days.get(1).kwh()).isCloseTo(8 + 9 + 10 + 18 + 19 + 20 + 21, within(1e-9));
        double dayTotal = days.stream().skip(1).mapToDouble(ConsumptionBucket::kwh).sum();
        assertThat(dayTotal).isCloseTo(24 * 25 / 2.0 + 24 - 24, within(1e-9));

        List<ConsumptionBucket> months = queries.monthsOfYear("M-ZONED", Year.of(2026));
        assertThat(months.stream().filter(b -> b.local().getMonthValue() == 3).mapToDouble(ConsumptionBucket::kwh).sum())
                .isCloseTo(dayTotal + 100, within(1e-9));
    }

    @Test
    void a_meter_with_tariff_registers_is_split_by_its_own_registers() throws SQLException {
        long hour = at("2026-04-10T06:00:00Z");
        try (Connection connection = Database.connect(StorageConfig.of(jdbcUrl()))) {
            TelemetryWriter.upsertHourly(connection, List.of(
                    new HourlyConsumption("M-TARIFF", "1.8.0", hour, 3.0, 1, true),
                    new HourlyConsumption("M-TARIFF", "1.8.1", hour, 2.0, 1, true),
                    new HourlyConsumption("M-TARIFF", "1.8.2", hour, 1.0, 2, true)));
        }

        List<ConsumptionBucket> days = new JdbcConsumptionQueries(database.dataSource()).daysOfMonth("M-TARIFF", YearMonth.of(2026, 4));

        assertThat(days).extracting(ConsumptionBucket::zone, ConsumptionBucket::kwh).containsExactly(tuple(1, 2.0), tuple(2, 1.0));
    }

    private static String jdbcUrl() {
        return ((com.zaxxer.hikari.HikariDataSource) database.dataSource()).getJdbcUrl();
    }

    @Test
    void intervals_are_kept_exact_a_repeat_changes_nothing_and_a_correction_with_the_same_start_replaces() throws SQLException {
        long start = at("2026-11-22T21:00:00Z");
        io.meterhub.protocols.telemetry.IntervalEnergy first = new io.meterhub.protocols.telemetry.IntervalEnergy("M-ZONED", "1.8.0", start,
                start + 1_800_000, new java.math.BigDecimal("0.1"), true);
        try (Connection connection = database.dataSource().getConnection()) {
            assertThat(TelemetryWriter.upsertIntervals(connection, List.of(first))).isEqualTo(1);
            assertThat(TelemetryWriter.upsertIntervals(connection, List.of(first))).isZero();
            assertThat(TelemetryWriter.upsertIntervals(connection, List.of(new io.meterhub.protocols.telemetry.IntervalEnergy("M-ZONED", "1.8.0",
                    start, start + 1_800_000, new java.math.BigDecimal("118.000001"), false)))).isEqualTo(1);
        }
        assertThat(count("SELECT count(*) FROM interval_energy WHERE meter_id = 'M-ZONED'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM interval_energy WHERE meter_id = 'M-ZONED' AND energy = 118.000001 AND NOT commercial")).isEqualTo(1);
    }
}
