package io.meterhub.app.demo;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** One line of what the demo's pipeline has stored so far. */
public final class DemoStatus {
    private DemoStatus() {
    }

    public record Counts(long rawReadings, long hours, long openHours, long events, long quarantined) {
        @Override
        public String toString() {
            return String.format("raw readings %,d | hours %,d (%,d still open) | events %,d | quarantined %,d",
                    rawReadings, hours, openHours, events, quarantined);
        }
    }

    public static Counts read(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT (SELECT count(*) FROM raw_reading), "
                     + "(SELECT count(*) FROM hourly_consumption), (SELECT count(*) FROM hourly_consumption WHERE NOT final), "
                     + "(SELECT count(*) FROM meter_event), (SELECT count(*) FROM quarantine WHERE source <> 'meterhub/v1/readiness-probe/up')")) {
            rows.next();
            return new Counts(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5));
        }
    }
}
