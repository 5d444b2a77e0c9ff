package io.meterhub.stream.sink;

import io.meterhub.protocols.text.SafeText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;

/**
 * A sink's view of the database being away. An outage is one event however long it lasts: its
 * first failure is logged with the stack trace, every further attempt as one WARN line with a
 * running count and the cause, and the recovery as one INFO line.
 */
final class DatabaseOutage {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutage.class);
    static final long FIRST_DELAY_MILLIS = 250;
    static final long MAX_DELAY_MILLIS = 5_000;

    private final String sink;
    private volatile int failures;
    private long since;

    DatabaseOutage(String sink) {
        this.sink = sink;
    }

    /**
     * Whether a failure means the database cannot be reached (SQLSTATE class 08, connection
     * exception, or 57P01 to 57P03, a server shutting down or starting) rather than refusing the rows.
     */
    static boolean isOutage(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }

    /** @return how long to wait before the next attempt: doubling from 250 ms up to 5 s */
    long failed(SQLException cause) {
        failures++;
        String reason = SafeText.forLog(cause.getMessage());
        if (failures == 1) {
            since = System.currentTimeMillis();
            LOG.warn("the {} sink cannot reach the database (failure 1, retrying until it is back): {}", sink, reason, cause);
        } else {
            LOG.warn("the {} sink cannot reach the database (failure {}, for {} s): {}", sink, failures,
                    (System.currentTimeMillis() - since) / 1_000, reason);
        }
        return Math.min(MAX_DELAY_MILLIS, FIRST_DELAY_MILLIS << Math.min(failures - 1, 10));
    }

    void recovered() {
        if (failures == 0) {
            return;
        }
        LOG.info("the {} sink reached the database again after {} failures in {} s", sink, failures,
                (System.currentTimeMillis() - since) / 1_000);
        failures = 0;
    }

    /** Failures of the outage going on, 0 when the database is reachable. */
    int failures() {
        return failures;
    }
}
