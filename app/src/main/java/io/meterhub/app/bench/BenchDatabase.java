package io.meterhub.app.bench;

import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.registry.MeterRegistration;
import io.meterhub.storage.registry.MeterRegistry;
import io.meterhub.storage.registry.Organization;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A fresh database per benchmark phase on the server of MH_DB_URL, dropped afterwards. */
final class BenchDatabase implements AutoCloseable {
    private static final ZoneId ZONE = ZoneId.of("Europe/Samara");
    private final String adminUrl;
    private final String name;
    final StorageConfig storage;
    final Database database;

    BenchDatabase(StorageConfig server, String phase) throws SQLException {
        this.adminUrl = server.jdbcUrl();
        this.name = "mh_bench_" + phase + "_" + Long.toString(System.currentTimeMillis(), 36);
        try (Connection admin = connect(adminUrl, server); Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        }
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?');
        String url = adminUrl.substring(0, slash + 1) + name + (query >= 0 ? adminUrl.substring(query) : "");
        storage = new StorageConfig(url, server.user(), server.password(), 4);
        database = Database.open(storage);
        this.server = server;
    }

    private final StorageConfig server;

    void registerMeters(int meters) throws SQLException {
        registerMeters(meters, 3);
    }

    /** Meters whose zones come from the organization's schedule: their hours are 1.8.0 rows. */
    void registerMetersWithoutTariffRegisters(int meters) throws SQLException {
        registerMeters(meters, 0);
    }

    private void registerMeters(int meters, int tariffRegisters) throws SQLException {
        MeterRegistry registry = new MeterRegistry(database.dataSource());
        registry.saveOrganization(new Organization("BENCH", "Benchmark grid", "GRID_COMPANY", ZONE, TariffZoneSchedule.THREE_ZONES));
        List<MeterRegistration> registrations = new ArrayList<>(meters);
        for (int meter = 0; meter < meters; meter++) {
            registrations.add(new MeterRegistration(new MeterInfo(BenchWorkload.meterId(meter), "BENCH", ZONE,
                    TariffZoneSchedule.threeZoneDefault(), 6, tariffRegisters, 900), null, "bench", BenchWorkload.meterId(meter)));
        }
        registry.saveMeters(registrations);
    }

    long count(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** p50, p95 and p99 of publish-to-visible in milliseconds: each row against its round's publish start. */
    double[] latencyPercentiles(BenchWorkload workload) throws SQLException {
        long[][] rounds = workload.rounds();
        long[] instants = new long[rounds.length];
        long[] published = new long[rounds.length];
        for (int i = 0; i < rounds.length; i++) {
            instants[i] = rounds[i][0];
            published[i] = rounds[i][1];
        }
        try (Connection connection = database.dataSource().getConnection();
             java.sql.PreparedStatement statement = connection.prepareStatement(
                     "WITH round AS (SELECT timestamptz 'epoch' + t * interval '1 millisecond' AS ts, "
                             + "timestamptz 'epoch' + p * interval '1 millisecond' AS published_at FROM unnest(?::int8[], ?::int8[]) AS u(t, p)) "
                             + "SELECT percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP "
                             + "(ORDER BY extract(epoch FROM r.received_at - round.published_at) * 1000) "
                             + "FROM raw_reading r JOIN round ON round.ts = r.ts")) {
            org.postgresql.PGConnection pg = connection.unwrap(org.postgresql.PGConnection.class);
            statement.setArray(1, pg.createArrayOf("int8", instants));
            statement.setArray(2, pg.createArrayOf("int8", published));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                Double[] values = (Double[]) rows.getArray(1).getArray();
                return new double[] {values[0], values[1], values[2]};
            }
        }
    }

    @Override
    public void close() throws SQLException {
        database.close();
        try (Connection admin = connect(adminUrl, server); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static Connection connect(String url, StorageConfig server) throws SQLException {
        return server.user() == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, server.user(), server.password());
    }
}
