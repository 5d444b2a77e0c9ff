package io.meterhub.storage.telemetry;

import io.meterhub.protocols.telemetry.IntervalEnergy;
import io.meterhub.protocols.telemetry.MeterEvent;
import io.meterhub.protocols.telemetry.Reading;
import io.meterhub.protocols.text.SafeText;
import org.postgresql.PGConnection;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes telemetry in batches: one statement per batch over arrays ({@code unnest}), never a row at
 * a time. Every statement is idempotent (natural keys, ON CONFLICT), so a replay after a restart or
 * a controller's resend changes nothing.
 */
public final class TelemetryWriter {
    private static final String EPOCH_MS = "timestamptz 'epoch' + %s * interval '1 millisecond'";

    private static final String RAW = "INSERT INTO raw_reading (meter_id, obis, ts, value) "
            + "SELECT m, o, " + EPOCH_MS.formatted("t") + ", v FROM unnest(?::text[], ?::text[], ?::int8[], ?::float8[]) AS u(m, o, t, v) "
            + "ON CONFLICT DO NOTHING";

    private static final String HOURLY = "INSERT INTO hourly_consumption (meter_id, obis, hour_start, kwh, zone, final, updated_at) "
            + "SELECT m, o, " + EPOCH_MS.formatted("h") + ", k, z, f, now() "
            + "FROM unnest(?::text[], ?::text[], ?::int8[], ?::float8[], ?::int2[], ?::bool[]) AS u(m, o, h, k, z, f) "
            + "ON CONFLICT (meter_id, obis, hour_start) DO UPDATE SET kwh = EXCLUDED.kwh, zone = EXCLUDED.zone, "
            + "final = hourly_consumption.final OR EXCLUDED.final, updated_at = now()";

    private static final String INTERVALS = "INSERT INTO interval_energy (meter_id, obis, interval_start, interval_end, energy, commercial, updated_at) "
            + "SELECT m, o, " + EPOCH_MS.formatted("s") + ", " + EPOCH_MS.formatted("e") + ", k, c, now() "
            + "FROM unnest(?::text[], ?::text[], ?::int8[], ?::int8[], ?::numeric[], ?::bool[]) AS u(m, o, s, e, k, c) "
            + "ON CONFLICT (meter_id, obis, interval_start) DO UPDATE SET interval_end = EXCLUDED.interval_end, energy = EXCLUDED.energy, "
            + "commercial = EXCLUDED.commercial, updated_at = now() "
            + "WHERE (interval_energy.interval_end, interval_energy.energy, interval_energy.commercial) "
            + "IS DISTINCT FROM (EXCLUDED.interval_end, EXCLUDED.energy, EXCLUDED.commercial)";

    private static final String EVENTS = "INSERT INTO meter_event (meter_id, ts, code, details) "
            + "SELECT m, " + EPOCH_MS.formatted("t") + ", c, d::jsonb FROM unnest(?::text[], ?::int8[], ?::text[], ?::text[]) AS u(m, t, c, d) "
            + "ON CONFLICT DO NOTHING";

    private static final String QUARANTINE = "INSERT INTO quarantine (received_at, source, pointer, reason, item, payload, payload_sha256) "
            + "SELECT " + EPOCH_MS.formatted("r") + ", s, p, w, i, d, h "
            + "FROM unnest(?::int8[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS u(r, s, p, w, i, d, h) "
            + "ON CONFLICT (source, payload_sha256, pointer) DO NOTHING";

    private static final String PAYLOADS = "INSERT INTO quarantine_payload (payload_sha256, received_at, source, chars, payload) "
            + "SELECT h, " + EPOCH_MS.formatted("r") + ", s, length(d), d FROM unnest(?::text[], ?::int8[], ?::text[], ?::text[]) AS u(h, r, s, d) "
            + "ON CONFLICT (payload_sha256) DO NOTHING";

    private TelemetryWriter() {
    }

    public static int writeRawReadings(Connection connection, List<Reading> readings) throws SQLException {
        if (readings.isEmpty()) {
            return 0;
        }
        int n = readings.size();
        String[] meters = new String[n];
        String[] registers = new String[n];
        long[] timestamps = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            Reading reading = readings.get(i);
            // No NUL to clean on this hot path: the decoder refuses ids with control characters and
            // register codes that are not C.D.E.
            meters[i] = reading.meterId();
            registers[i] = reading.obis();
            timestamps[i] = reading.timestamp();
            values[i] = reading.value();
        }
        try (PreparedStatement statement = connection.prepareStatement(RAW)) {
            statement.setArray(1, array(connection, "text", meters));
            statement.setArray(2, array(connection, "text", registers));
            statement.setArray(3, array(connection, "int8", timestamps));
            statement.setArray(4, array(connection, "float8", values));
            return statement.executeUpdate();
        }
    }

    /** Upserts hours; when a batch holds the same hour twice, the later value wins. */
    public static int upsertHourly(Connection connection, List<HourlyConsumption> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        Map<String, HourlyConsumption> latest = new LinkedHashMap<>();
        for (HourlyConsumption row : rows) {
            latest.merge(row.meterId() + '|' + row.obis() + '|' + row.hourStart(), row,
                    (older, newer) -> older.fin() && !newer.fin() ? withFinal(newer) : newer);
        }
        int n = latest.size();
        String[] meters = new String[n];
        String[] registers = new String[n];
        long[] hours = new long[n];
        double[] kwh = new double[n];
        short[] zones = new short[n];
        boolean[] finals = new boolean[n];
        int i = 0;
        for (HourlyConsumption row : latest.values()) {
            meters[i] = row.meterId();
            registers[i] = row.obis();
            hours[i] = row.hourStart();
            kwh[i] = row.kwh();
            zones[i] = (short) row.zone();
            finals[i] = row.fin();
            i++;
        }
        try (PreparedStatement statement = connection.prepareStatement(HOURLY)) {
            statement.setArray(1, array(connection, "text", meters));
            statement.setArray(2, array(connection, "text", registers));
            statement.setArray(3, array(connection, "int8", hours));
            statement.setArray(4, array(connection, "float8", kwh));
            statement.setArray(5, array(connection, "int2", zones));
            statement.setArray(6, array(connection, "bool", finals));
            return statement.executeUpdate();
        }
    }

    /** Upserts intervals by (meter, register, start): a repeat changes nothing, a correction replaces. */
    public static int upsertIntervals(Connection connection, List<IntervalEnergy> intervals) throws SQLException {
        if (intervals.isEmpty()) {
            return 0;
        }
        Map<String, IntervalEnergy> latest = new LinkedHashMap<>();
        for (IntervalEnergy interval : intervals) {
            latest.put(interval.seriesKey() + '|' + interval.start(), interval);
        }
        int n = latest.size();
        String[] meters = new String[n];
        String[] registers = new String[n];
        long[] starts = new long[n];
        long[] ends = new long[n];
        BigDecimal[] energies = new BigDecimal[n];
        boolean[] commercial = new boolean[n];
        int i = 0;
        for (IntervalEnergy interval : latest.values()) {
            meters[i] = interval.meterId();
            registers[i] = interval.obis();
            starts[i] = interval.start();
            ends[i] = interval.end();
            energies[i] = interval.energy();
            commercial[i] = interval.commercial();
            i++;
        }
        try (PreparedStatement statement = connection.prepareStatement(INTERVALS)) {
            statement.setArray(1, array(connection, "text", meters));
            statement.setArray(2, array(connection, "text", registers));
            statement.setArray(3, array(connection, "int8", starts));
            statement.setArray(4, array(connection, "int8", ends));
            statement.setArray(5, array(connection, "numeric", energies));
            statement.setArray(6, array(connection, "bool", commercial));
            return statement.executeUpdate();
        }
    }

    public static int writeEvents(Connection connection, List<MeterEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return 0;
        }
        int n = events.size();
        String[] meters = new String[n];
        long[] timestamps = new long[n];
        String[] codes = new String[n];
        String[] details = new String[n];
        for (int i = 0; i < n; i++) {
            MeterEvent event = events.get(i);
            meters[i] = event.meterId();
            timestamps[i] = event.timestamp();
            codes[i] = event.code().name();
            details[i] = event.details() == null ? "{}" : SafeText.forJsonb(event.details());
        }
        try (PreparedStatement statement = connection.prepareStatement(EVENTS)) {
            statement.setArray(1, array(connection, "text", meters));
            statement.setArray(2, array(connection, "int8", timestamps));
            statement.setArray(3, array(connection, "text", codes));
            statement.setArray(4, array(connection, "text", details));
            return statement.executeUpdate();
        }
    }

    /**
     * Writes refusals and, once per payload, the payload itself. Every text field is cleaned of NUL,
     * which PostgreSQL's text refuses: bad input must never make the sink fail.
     */
    public static int writeQuarantine(Connection connection, List<QuarantinedItem> items) throws SQLException {
        if (items.isEmpty()) {
            return 0;
        }
        writePayloads(connection, items);
        int n = items.size();
        long[] received = new long[n];
        String[] sources = new String[n];
        String[] pointers = new String[n];
        String[] reasons = new String[n];
        String[] bodies = new String[n];
        String[] excerpts = new String[n];
        String[] digests = new String[n];
        for (int i = 0; i < n; i++) {
            QuarantinedItem item = items.get(i);
            received[i] = item.receivedAt();
            sources[i] = SafeText.forDatabase(item.source());
            pointers[i] = SafeText.forDatabase(item.pointer());
            reasons[i] = SafeText.forDatabase(item.reason());
            bodies[i] = SafeText.forDatabase(item.item());
            excerpts[i] = SafeText.forDatabase(item.payloadExcerpt());
            digests[i] = item.payloadSha256();
        }
        try (PreparedStatement statement = connection.prepareStatement(QUARANTINE)) {
            statement.setArray(1, array(connection, "int8", received));
            statement.setArray(2, array(connection, "text", sources));
            statement.setArray(3, array(connection, "text", pointers));
            statement.setArray(4, array(connection, "text", reasons));
            statement.setArray(5, array(connection, "text", bodies));
            statement.setArray(6, array(connection, "text", excerpts));
            statement.setArray(7, array(connection, "text", digests));
            return statement.executeUpdate();
        }
    }

    private static void writePayloads(Connection connection, List<QuarantinedItem> items) throws SQLException {
        Map<String, QuarantinedItem> carriers = new LinkedHashMap<>();
        for (QuarantinedItem item : items) {
            if (item.payload() != null) {
                carriers.putIfAbsent(item.payloadSha256(), item);
            }
        }
        if (carriers.isEmpty()) {
            return;
        }
        int n = carriers.size();
        String[] digests = new String[n];
        long[] received = new long[n];
        String[] sources = new String[n];
        String[] payloads = new String[n];
        int i = 0;
        for (QuarantinedItem item : carriers.values()) {
            digests[i] = item.payloadSha256();
            received[i] = item.receivedAt();
            sources[i] = SafeText.forDatabase(item.source());
            payloads[i] = SafeText.forDatabase(item.payload());
            i++;
        }
        try (PreparedStatement statement = connection.prepareStatement(PAYLOADS)) {
            statement.setArray(1, array(connection, "text", digests));
            statement.setArray(2, array(connection, "int8", received));
            statement.setArray(3, array(connection, "text", sources));
            statement.setArray(4, array(connection, "text", payloads));
            statement.executeUpdate();
        }
    }

    private static HourlyConsumption withFinal(HourlyConsumption row) {
        return new HourlyConsumption(row.meterId(), row.obis(), row.hourStart(), row.kwh(), row.zone(), true);
    }

    private static Array array(Connection connection, String type, Object values) throws SQLException {
        return connection.unwrap(PGConnection.class).createArrayOf(type, values);
    }
}
