package io.meterhub.cabinet.anomalies;

import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.time.Instant;

/** Anomaly rows as the pipeline writes them, for the cabinet's tests. */
final class AnomalyRows {
    private AnomalyRows() {
    }

    static long insert(DataSource dataSource, String organization, String meter, String kind, String severity, Instant startedAt) {
        return insert(dataSource, organization, meter, kind, severity, startedAt, null, "{\"value\": 12.5, \"baseline\": 1.1}");
    }

    static long insert(DataSource dataSource, String organization, String meter, String kind, String severity, Instant startedAt, Instant endedAt,
                       String evidence) {
        return Jdbc.insert(dataSource, """
                INSERT INTO anomaly (meter_id, organization_id, kind, started_at, ended_at, severity, score, evidence)
                VALUES (?, ?, ?, ?, ?, ?, 3.5, ?::jsonb) RETURNING id""", meter, organization, kind, startedAt, endedAt, severity, evidence);
    }
}
