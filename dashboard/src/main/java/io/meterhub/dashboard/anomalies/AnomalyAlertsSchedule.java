package io.meterhub.dashboard.anomalies;

import io.meterhub.cabinet.anomalies.AnomalyAlerts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link AnomalyAlerts} every few seconds on a thread of its own while the dashboard runs. A run
 * that fails is logged and the next one tries again: one bad row must not stop the alerts for good.
 */
public final class AnomalyAlertsSchedule implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AnomalyAlertsSchedule.class);
    private final ScheduledExecutorService executor;

    private AnomalyAlertsSchedule(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    public static AnomalyAlertsSchedule start(AnomalyAlerts alerts, AnomalyAlertsConfig config) {
        if (!config.enabled()) {
            LOG.info("anomaly alerts are off ({}=off)", AnomalyAlertsConfig.ENABLED_VARIABLE);
            return new AnomalyAlertsSchedule(null);
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "anomaly-alerts");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.every().toMillis();
        executor.scheduleWithFixedDelay(() -> {
            try {
                alerts.run();
            } catch (RuntimeException e) {
                LOG.error("announcing HIGH anomalies failed; trying again in {} ms", every, e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
        LOG.info("anomaly alerts every {}", config.every());
        return new AnomalyAlertsSchedule(executor);
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
