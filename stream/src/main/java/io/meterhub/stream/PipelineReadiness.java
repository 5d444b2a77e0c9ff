package io.meterhub.stream;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiConsumer;

/**
 * Tells when a freshly started pipeline is subscribed and stores what it receives. A shared
 * subscription that nobody holds yet drops what is published to it. {@link MeterhubJob#start}
 * already returns only once the broker has acknowledged every reader's subscription; this goes one
 * step further, for a pipeline started elsewhere or to see the whole path to the database work: it
 * sends a probe the codec refuses (a reading without a valid time, so nothing of it is held or
 * stored) until the probe's quarantine row shows up.
 */
public final class PipelineReadiness {
    public static final String PROBE_CONTROLLER = "readiness-probe";

    private PipelineReadiness() {
    }

    /** @param publish sends a payload as the named controller and returns once the broker has it */
    public static void awaitSubscribed(DataSource dataSource, BiConsumer<String, byte[]> publish, Duration timeout)
            throws InterruptedException, SQLException {
        byte[] probe = ("{\"v\":1,\"readings\":[{\"meter\":\"readiness-probe\",\"ts\":\"probe " + Instant.now()
                + "\",\"values\":{\"1.8.0\":0}}]}").getBytes(StandardCharsets.UTF_8);
        long since = System.currentTimeMillis();
        long deadline = since + timeout.toMillis();
        while (System.currentTimeMillis() < deadline) {
            publish.accept(PROBE_CONTROLLER, probe);
            Thread.sleep(300);
            if (probeArrived(dataSource, since)) {
                return;
            }
        }
        throw new IllegalStateException("the pipeline did not subscribe to the broker within " + timeout.toSeconds() + " s");
    }

    /** Only a probe received during this wait counts: after a restart an older one is in the table already. */
    private static boolean probeArrived(DataSource dataSource, long since) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT EXISTS (SELECT 1 FROM quarantine WHERE source = ? AND received_at >= ?)")) {
            statement.setString(1, "meterhub/v1/" + PROBE_CONTROLLER + "/up");
            statement.setTimestamp(2, new java.sql.Timestamp(since));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }
}
