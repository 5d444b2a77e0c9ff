package io.meterhub.storage.telemetry;

import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The table of samples and events waiting for their meter's registration (migration V13). The
 * pipeline's validation writes here; its replay source reads the rows whose meter now exists,
 * deletes them once the replay is safely processed, and drops what waited longer than the hold.
 */
public final class HeldReadings {
    private static final String INSERT = "INSERT INTO held_reading (meter_id, ts, topic, received_at, document) "
            + "SELECT m, to_timestamp(t / 1000.0), p, to_timestamp(r / 1000.0), d "
            + "FROM unnest(?::text[], ?::int8[], ?::text[], ?::int8[], ?::text[]) AS u(m, t, p, r, d)";
    private static final String REGISTERED = "SELECT h.id, h.meter_id, h.ts, h.topic, h.received_at, h.document "
            + "FROM held_reading h WHERE EXISTS (SELECT 1 FROM meter m WHERE m.id = h.meter_id) "
            + "AND h.id <> ALL (?::int8[]) ORDER BY h.meter_id, h.ts, h.id LIMIT ?";

    private HeldReadings() {
    }

    /** The batch statement of the held-readings sink. */
    public static int write(Connection connection, List<HeldReading> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        int n = rows.size();
        String[] meters = new String[n];
        long[] timestamps = new long[n];
        String[] topics = new String[n];
        long[] received = new long[n];
        String[] documents = new String[n];
        for (int i = 0; i < n; i++) {
            HeldReading row = rows.get(i);
            meters[i] = row.meterId();
            timestamps[i] = row.timestamp();
            topics[i] = row.topic();
            received[i] = row.receivedAt();
            documents[i] = row.document();
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setArray(1, pg.createArrayOf("text", meters));
            statement.setArray(2, pg.createArrayOf("int8", timestamps));
            statement.setArray(3, pg.createArrayOf("text", topics));
            statement.setArray(4, pg.createArrayOf("int8", received));
            statement.setArray(5, pg.createArrayOf("text", documents));
            return statement.executeUpdate();
        }
    }

    /**
     * Held rows whose meter is registered now, oldest sample first per meter, leaving out those
     * already replayed and not yet deleted.
     */
    public static List<HeldReading> ofRegisteredMeters(Connection connection, Collection<Long> inFlight, int limit) throws SQLException {
        List<HeldReading> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(REGISTERED)) {
            statement.setArray(1, connection.unwrap(PGConnection.class).createArrayOf("int8", inFlight.toArray(new Long[0])));
            statement.setInt(2, limit);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new HeldReading(result.getLong(1), result.getString(2), millis(result.getTimestamp(3)),
                            result.getString(4), millis(result.getTimestamp(5)), result.getString(6)));
                }
            }
        }
        return rows;
    }

    /** Deletes rows that were replayed. */
    public static int delete(Connection connection, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM held_reading WHERE id = ANY (?::int8[])")) {
            statement.setArray(1, connection.unwrap(PGConnection.class).createArrayOf("int8", ids.toArray(new Long[0])));
            return statement.executeUpdate();
        }
    }

    /** Drops what has waited longer than the hold; their quarantine rows stay for a person to look at. */
    public static int expire(Connection connection, Duration hold) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM held_reading WHERE received_at < now() - make_interval(secs => ?::float8)")) {
            statement.setLong(1, hold.toSeconds());
            return statement.executeUpdate();
        }
    }

    /** How many rows wait, for the log and tests. */
    public static long count(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM held_reading");
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static long millis(Timestamp timestamp) {
        return timestamp.getTime();
    }
}
