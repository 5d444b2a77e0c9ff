package io.meterhub.stream.anomaly;

import io.meterhub.protocols.anomaly.Severity;
import io.meterhub.protocols.anomaly.AnomalyKind;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.testkit.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static io.meterhub.stream.anomaly.AnomalyTestSupport.HOUR;
import static io.meterhub.stream.anomaly.AnomalyTestSupport.at;
import static org.assertj.core.api.Assertions.assertThat;

class AnomalyWriterTest {
    private static final long T0 = at("2026-11-23T10:00:00Z");
    private static Database database;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(StorageConfig.of(TestServices.freshDatabase("anomaly")));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    private static Anomaly gap(String meter, Long end, Severity severity, double hours) {
        return new Anomaly(meter, "ORG", AnomalyKind.DATA_GAP, T0, end, severity, hours,
                Evidence.of().number("silence_hours", hours).toJson());
    }

    private static void write(List<Anomaly> anomalies) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            AnomalyWriter.upsert(connection, anomalies);
        }
    }

    private static String row(String meter) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT count(*) OVER (), started_at = timestamptz '2026-11-23T10:00:00Z', "
                     + "extract(epoch FROM ended_at)::bigint * 1000, severity, score, evidence->>'silence_hours', status "
                     + "FROM anomaly WHERE meter_id = '" + meter + "'")) {
            assertThat(rows.next()).isTrue();
            return rows.getLong(1) + "|" + rows.getBoolean(2) + "|" + (rows.getObject(3) == null ? "ongoing" : rows.getLong(3))
                    + "|" + rows.getString(4) + "|" + rows.getDouble(5) + "|" + rows.getString(6) + "|" + rows.getString(7);
        }
    }

    @Test
    void an_episode_is_one_row_updated_while_it_lasts_and_the_review_is_left_alone() throws SQLException {
        write(List.of(gap("M-A", null, Severity.LOW, 1)));
        assertThat(row("M-A")).isEqualTo("1|true|ongoing|LOW|1.0|1|OPEN");

        try (Connection connection = database.dataSource().getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("UPDATE anomaly SET status = 'ACKNOWLEDGED' WHERE meter_id = 'M-A'");
        }
        write(List.of(gap("M-A", null, Severity.MEDIUM, 7), gap("M-A", T0 + 30 * HOUR, Severity.HIGH, 30)));

        assertThat(row("M-A")).isEqualTo("1|true|" + (T0 + 30 * HOUR) + "|HIGH|30.0|30|ACKNOWLEDGED");
    }

    @Test
    void writing_the_same_emissions_again_changes_nothing() throws SQLException {
        List<Anomaly> batch = List.of(gap("M-B", null, Severity.LOW, 2), gap("M-B", T0 + 3 * HOUR, Severity.LOW, 3));
        write(batch);
        write(batch);

        assertThat(row("M-B")).isEqualTo("1|true|" + (T0 + 3 * HOUR) + "|LOW|3.0|3|OPEN");
    }
}
