package io.meterhub.stream.anomaly;

import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Upserts anomalies into {@code anomaly} (V7) in one statement per batch, on the natural key
 * (meter, kind, start): an ongoing episode's later emissions update its end, severity, score and
 * evidence. The review columns (status, assignee, resolution) are the operators' and are never
 * touched. Use as a {@code BatchStatement}: {@code AnomalyWriter::upsert}.
 */
public final class AnomalyWriter {
    private static final String EPOCH_MS = "timestamptz 'epoch' + %s * interval '1 millisecond'";

    static final String UPSERT = "INSERT INTO anomaly (meter_id, organization_id, kind, started_at, ended_at, severity, score, evidence, updated_at) "
            + "SELECT m, o, k, " + EPOCH_MS.formatted("s") + ", " + EPOCH_MS.formatted("e") + ", v, c, d::jsonb, now() "
            + "FROM unnest(?::text[], ?::text[], ?::text[], ?::int8[], ?::int8[], ?::text[], ?::float8[], ?::text[]) AS u(m, o, k, s, e, v, c, d) "
            + "ON CONFLICT (meter_id, kind, started_at) DO UPDATE SET ended_at = EXCLUDED.ended_at, severity = EXCLUDED.severity, "
            + "score = EXCLUDED.score, evidence = EXCLUDED.evidence, organization_id = EXCLUDED.organization_id, updated_at = now()";

    private AnomalyWriter() {
    }

    /** Writes a batch; when it holds the same episode twice, the later emission wins. */
    public static int upsert(Connection connection, List<Anomaly> anomalies) throws SQLException {
        if (anomalies.isEmpty()) {
            return 0;
        }
        Map<String, Anomaly> latest = new LinkedHashMap<>();
        for (Anomaly anomaly : anomalies) {
            latest.remove(anomaly.key());
            latest.put(anomaly.key(), anomaly);
        }
        int n = latest.size();
        String[] meters = new String[n];
        String[] organizations = new String[n];
        String[] kinds = new String[n];
        Long[] starts = new Long[n];
        Long[] ends = new Long[n];
        String[] severities = new String[n];
        Double[] scores = new Double[n];
        String[] evidence = new String[n];
        int i = 0;
        for (Anomaly anomaly : latest.values()) {
            meters[i] = anomaly.meterId();
            organizations[i] = anomaly.organizationId();
            kinds[i] = anomaly.kind().name();
            starts[i] = anomaly.start();
            ends[i] = anomaly.end();
            severities[i] = anomaly.severity().name();
            scores[i] = Double.isFinite(anomaly.score()) ? anomaly.score() : 0.0;
            evidence[i] = anomaly.evidence();
            i++;
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            statement.setArray(1, pg.createArrayOf("text", meters));
            statement.setArray(2, pg.createArrayOf("text", organizations));
            statement.setArray(3, pg.createArrayOf("text", kinds));
            statement.setArray(4, pg.createArrayOf("int8", starts));
            statement.setArray(5, pg.createArrayOf("int8", ends));
            statement.setArray(6, pg.createArrayOf("text", severities));
            statement.setArray(7, pg.createArrayOf("float8", scores));
            statement.setArray(8, pg.createArrayOf("text", evidence));
            return statement.executeUpdate();
        }
    }
}
