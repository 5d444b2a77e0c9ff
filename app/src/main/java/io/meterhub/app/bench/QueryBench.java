package io.meterhub.app.bench;

import io.meterhub.cabinet.consumption.ConsumptionQueries;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.consumption.JdbcConsumptionQueries;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Random;

/**
 * The cabinet's own queries over a year of hourly consumption of many meters: a day by hour, a
 * month by day, a year by month, and the operator's queue (the newest quarantined input, the
 * queue that exists until anomalies arrive). Prints p50, p95 and p99 of each.
 */
public final class QueryBench {
    private static final int ITERATIONS = 300;

    private QueryBench() {
    }

    public static String run(StorageConfig server, int meters, PrintStream out) throws Exception {
        try (BenchDatabase db = new BenchDatabase(server, "query")) {
            db.registerMetersWithoutTariffRegisters(meters);
            fill(db, meters, out);
            ConsumptionQueries queries = new JdbcConsumptionQueries(db.database.dataSource());
            Random random = new Random(7);
            int year = LocalDate.now().getYear() - 1;
            double[] day = time(() -> queries.hoursOfDay(meter(random, meters), LocalDate.of(year, 1, 1).plusDays(random.nextInt(365))));
            double[] month = time(() -> queries.daysOfMonth(meter(random, meters), YearMonth.of(year, 1 + random.nextInt(12))));
            double[] yearly = time(() -> queries.monthsOfYear(meter(random, meters), Year.of(year)));
            double[] queue = time(() -> newestQuarantine(db));
            out.println(line("day by hour", day));
            out.println(line("month by day", month));
            out.println(line("year by month", yearly));
            out.println(line("operator queue", queue));
            String last = String.format("query: p95 day %.1fms, month %.1fms, year %.1fms, queue %.1fms", day[1], month[1], yearly[1], queue[1]);
            out.println(last);
            return last;
        }
    }

    /** A year of hours for every meter, made by the database itself, with progress. */
    private static void fill(BenchDatabase db, int meters, PrintStream out) throws SQLException {
        int year = LocalDate.now().getYear() - 1;
        int chunk = Math.max(1, Math.min(500, meters / 10));
        long started = System.nanoTime();
        try (Connection connection = db.database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO hourly_consumption (meter_id, obis, hour_start, kwh, zone, final) "
                             + "SELECT m.id, '1.8.0', h, 0.2 + (extract(hour FROM h AT TIME ZONE 'Europe/Samara') / 24.0) * random(), "
                             + "CASE WHEN extract(hour FROM h AT TIME ZONE 'Europe/Samara') BETWEEN 7 AND 22 THEN 1 ELSE 3 END, true "
                             + "FROM meter m CROSS JOIN generate_series(?::timestamptz, ?::timestamptz - interval '1 hour', interval '1 hour') h "
                             + "WHERE m.id >= ? AND m.id < ?")) {
            for (int from = 0; from < meters; from += chunk) {
                insert.setString(1, year + "-01-01T00:00:00+04:00");
                insert.setString(2, (year + 1) + "-01-01T00:00:00+04:00");
                insert.setString(3, BenchWorkload.meterId(from));
                insert.setString(4, BenchWorkload.meterId(Math.min(meters, from + chunk)));
                insert.executeUpdate();
                out.printf("  filled %,d of %,d meters (%,d hours each), %.0f s%n", Math.min(meters, from + chunk), meters,
                        8760, (System.nanoTime() - started) / 1e9);
            }
            try (Statement analyze = connection.createStatement()) {
                // as autovacuum would after a load: statistics, and the visibility map that index-only scans need
                analyze.execute("VACUUM ANALYZE hourly_consumption");
                for (int i = 0; i < 50; i++) {
                    analyze.execute("INSERT INTO quarantine (received_at, source, pointer, reason, item, payload, payload_sha256) "
                            + "SELECT now() - g * interval '1 minute', 'meterhub/v1/BC-0001/up', '/readings/' || g, 'bench', '{}', '{}', md5(g::text) "
                            + "FROM generate_series(" + (i * 1000) + ", " + (i * 1000 + 999) + ") g");
                }
            }
        }
    }

    private static Object newestQuarantine(BenchDatabase db) throws SQLException {
        try (Connection connection = db.database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, received_at, source, reason FROM quarantine ORDER BY received_at DESC LIMIT 50")) {
            int n = 0;
            while (rows.next()) {
                n++;
            }
            return n;
        }
    }

    private static String meter(Random random, int meters) {
        return BenchWorkload.meterId(random.nextInt(meters));
    }

    interface Query {
        Object run() throws Exception;
    }

    /** p50, p95, p99 in milliseconds after a warm-up. */
    private static double[] time(Query query) throws Exception {
        for (int i = 0; i < 30; i++) {
            query.run();
        }
        double[] millis = new double[ITERATIONS];
        for (int i = 0; i < ITERATIONS; i++) {
            long started = System.nanoTime();
            query.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {millis[ITERATIONS / 2], millis[(int) (ITERATIONS * 0.95)], millis[(int) (ITERATIONS * 0.99)]};
    }

    private static String line(String name, double[] p) {
        return String.format("%-15s p50 %6.2f ms, p95 %6.2f ms, p99 %6.2f ms (%d runs)", name, p[0], p[1], p[2], ITERATIONS);
    }
}
