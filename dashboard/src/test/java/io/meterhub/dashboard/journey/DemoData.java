package io.meterhub.dashboard.journey;

import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.windows.SubmissionWindow;
import io.meterhub.demo.CabinetSeeder;
import io.meterhub.demo.SeedReport;
import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.storage.cabinet.accounts.JdbcAccountRepository;
import io.meterhub.storage.registry.MeterRegistration;
import io.meterhub.storage.registry.MeterRegistry;
import io.meterhub.storage.registry.Organization;
import io.meterhub.storage.telemetry.HourlyConsumption;
import io.meterhub.storage.telemetry.TelemetryWriter;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's data without the demo's pipeline (the app module, which has {@code HistoryBackfill},
 * depends on the dashboard, not the other way round): the grid company registered for telemetry with
 * three smart three-tariff meters, a year of their hourly consumption up to the current hour (which
 * holds what has "arrived so far"), then {@link CabinetSeeder} as {@code ./meterhub demo} runs it.
 * When a submission window is closed today, it is moved to one open today, so a journey that submits
 * readings passes on any day.
 */
final class DemoData {
    static final String GRID = "VOLGA_GRID";
    static final ZoneId ZONE = ZoneId.of("Europe/Samara");
    static final List<String> SMART_METERS = List.of("JRN-SMART-1", "JRN-SMART-2", "JRN-SMART-3");

    private DemoData() {
    }

    static SeedReport seed(DataSource dataSource, Clock clock) throws SQLException {
        MeterRegistry registry = new MeterRegistry(dataSource);
        registry.saveOrganization(new Organization(GRID, "Волжская сетевая компания", "GRID_COMPANY", ZONE, TariffZoneSchedule.THREE_ZONES));
        registry.saveController("JRN-CTRL-1", GRID, "MQTT", "journey test controller");
        TariffZoneSchedule schedule = TariffZoneSchedule.parse(TariffZoneSchedule.THREE_ZONES);
        List<MeterRegistration> meters = new ArrayList<>();
        int serial = 0;
        for (String id : SMART_METERS) {
            meters.add(new MeterRegistration(new MeterInfo(id, GRID, ZONE, schedule, 6, 3, 900), "JRN-CTRL-1", "Меркурий 234",
                    "4101" + (++serial)));
        }
        registry.saveMeters(meters);
        Instant now = clock.instant();
        hourlyHistory(dataSource, schedule, now.minus(Duration.ofDays(366)), now);
        SeedReport report = new CabinetSeeder(dataSource, clock).seed(GRID, SMART_METERS);
        openWindowsToday(dataSource, clock);
        return report;
    }

    /** Hourly consumption of every smart meter from {@code from} to the hour holding {@code now} (partly, as if still arriving). */
    static int hourlyHistory(DataSource dataSource, TariffZoneSchedule schedule, Instant from, Instant now) throws SQLException {
        long hour = 3_600_000L;
        long start = Math.floorDiv(from.toEpochMilli(), hour) * hour;
        long current = Math.floorDiv(now.toEpochMilli(), hour) * hour;
        double arrived = (now.toEpochMilli() - current) / (double) hour;
        int written = 0;
        try (Connection connection = dataSource.getConnection()) {
            for (int m = 0; m < SMART_METERS.size(); m++) {
                String meter = SMART_METERS.get(m);
                double scale = 1.0 + 0.35 * m;
                List<HourlyConsumption> rows = new ArrayList<>();
                for (long t = start; t <= current; t += hour) {
                    LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochMilli(t), ZONE);
                    double kwh = Math.round(load(local) * scale * (t == current ? arrived : 1.0) * 1000) / 1000.0;
                    int zone = schedule.zoneAt(local.getHour());
                    boolean fin = t < current;
                    rows.add(new HourlyConsumption(meter, "1.8.0", t, kwh, zone, fin));
                    rows.add(new HourlyConsumption(meter, "1.8." + zone, t, kwh, zone, fin));
                    if (rows.size() >= 20_000) {
                        written += TelemetryWriter.upsertHourly(connection, rows);
                        rows.clear();
                    }
                }
                written += TelemetryWriter.upsertHourly(connection, rows);
            }
        }
        return written;
    }

    /** A household's day: a night base, a morning and a larger evening peak, more in winter, a little more at weekends. */
    static double load(LocalDateTime local) {
        double h = local.getHour() + 0.5;
        double morning = 0.55 * Math.exp(-Math.pow(h - 8, 2) / 2.0);
        double evening = 0.95 * Math.exp(-Math.pow(h - 19.5, 2) / 4.5);
        double season = 1.0 + 0.35 * Math.cos(2 * Math.PI * (local.getDayOfYear() - 15) / 365.0);
        double weekend = local.getDayOfWeek().getValue() >= 6 ? 1.15 : 1.0;
        return (0.18 + morning + evening) * season * weekend;
    }

    static void openWindowsToday(DataSource dataSource, Clock clock) {
        AccountRepository accounts = new JdbcAccountRepository(dataSource);
        for (String id : List.of(GRID, CabinetSeeder.HOUSING)) {
            OrganizationRow o = accounts.organization(id).orElseThrow();
            LocalDate today = LocalDate.now(clock.withZone(o.timeZone()));
            if (!new SubmissionWindow(o.windowFirstDay(), o.windowLastDay()).state(today).open()) {
                // from yesterday (or the 1st) to the month's end: open today whatever the date
                int first = Math.max(1, Math.min(28, today.getDayOfMonth() - 1));
                accounts.saveOrganization(new OrganizationRow(o.id(), o.name(), o.kind(), o.timeZone(), o.zoneSchedule(), o.legalName(), o.inn(),
                        o.kpp(), o.bankName(), o.bic(), o.correspondentAccount(), o.settlementAccount(), o.phone(), first, 31));
            }
        }
    }
}
