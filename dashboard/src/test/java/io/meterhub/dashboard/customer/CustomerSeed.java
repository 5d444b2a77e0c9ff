package io.meterhub.dashboard.customer;

import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.dashboard.TestUsers;
import io.meterhub.demo.CabinetSeeder;
import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.protocols.telemetry.EventCode;
import io.meterhub.protocols.telemetry.MeterEvent;
import io.meterhub.storage.Database;
import io.meterhub.storage.cabinet.accounts.JdbcAccountRepository;
import io.meterhub.storage.registry.MeterRegistration;
import io.meterhub.storage.registry.MeterRegistry;
import io.meterhub.storage.telemetry.HourlyConsumption;
import io.meterhub.storage.telemetry.TelemetryWriter;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's cabinet data ({@link CabinetSeeder}) on a fresh database, seeded on a day inside the
 * grid company's submission window (the 15th to the 25th), with telemetry for ivanov's smart meter:
 * 0.5 kWh every hour since 1 February, the current hour 12:00 with the 0.2 kWh arrived so far, and
 * a cover-open event at 03:15 today.
 */
final class CustomerSeed {
    static final ZoneId SAMARA = ZoneId.of("Europe/Samara");
    static final String GRID = "VOLGA";
    static final String IVANOV_METER = "DEMO-1";
    static final String PETROVA_METER = "DEMO-2";
    /** Monday 23 March 2026, 12:30 in Samara: both organizations' windows (15th..25th, 20th..26th) are open. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 23, 12, 30);
    static final double HOURLY_KWH = 0.5;
    static final double CURRENT_HOUR_KWH = 0.2;
    static final LocalDateTime EVENT_AT = LocalDateTime.of(2026, 3, 23, 3, 15);

    private CustomerSeed() {
    }

    static Clock clock() {
        return Clock.fixed(NOW.atZone(SAMARA).toInstant(), SAMARA);
    }

    static Database seededDatabase() {
        Database database = TestUsers.freshDatabase();
        try {
            seed(database.dataSource());
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw new IllegalStateException("cannot seed the cabinet: " + e.getMessage(), e);
        }
        return database;
    }

    private static void seed(DataSource dataSource) throws SQLException {
        new JdbcAccountRepository(dataSource).saveOrganization(new OrganizationRow(GRID, "Волжская сетевая компания", "GRID_COMPANY", SAMARA,
                TariffZoneSchedule.THREE_ZONES, "ПАО «Волжская сетевая компания»", "6316186232", "631601001", "Поволжский банк ПАО Сбербанк",
                "043601607", "30101810200000000607", "40702810154400012345", "+7 846 300-00-00", 15, 25));
        MeterRegistry registry = new MeterRegistry(dataSource);
        for (String meter : List.of(IVANOV_METER, PETROVA_METER)) {
            registry.saveController("CTL-" + meter, GRID, "MQTT", "test");
            registry.saveMeters(List.of(new MeterRegistration(new MeterInfo(meter, GRID, SAMARA, TariffZoneSchedule.threeZoneDefault(),
                    6, 0, 900), "CTL-" + meter, "SDM630", meter)));
        }
        TariffZoneSchedule schedule = TariffZoneSchedule.threeZoneDefault();
        List<HourlyConsumption> rows = new ArrayList<>();
        ZonedDateTime currentHour = NOW.withMinute(0).atZone(SAMARA);
        for (ZonedDateTime hour = LocalDateTime.of(2026, 2, 1, 0, 0).atZone(SAMARA); !hour.isAfter(currentHour); hour = hour.plusHours(1)) {
            double kwh = hour.equals(currentHour) ? CURRENT_HOUR_KWH : HOURLY_KWH;
            rows.add(new HourlyConsumption(IVANOV_METER, "1.8.0", hour.toInstant().toEpochMilli(), kwh, schedule.zoneAt(hour.getHour()),
                    true));
        }
        try (Connection connection = dataSource.getConnection()) {
            TelemetryWriter.upsertHourly(connection, rows);
            TelemetryWriter.writeEvents(connection, List.of(new MeterEvent(IVANOV_METER, EVENT_AT.atZone(SAMARA).toInstant().toEpochMilli(),
                    EventCode.COVER_OPEN, "{}")));
        }
        new CabinetSeeder(dataSource, clock()).seed(GRID, List.of(IVANOV_METER, PETROVA_METER));
    }
}
