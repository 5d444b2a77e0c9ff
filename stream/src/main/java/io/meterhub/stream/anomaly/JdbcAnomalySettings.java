package io.meterhub.stream.anomaly;

import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.anomaly.AnomalyThresholdRepository;
import io.meterhub.storage.anomaly.OrganizationThresholds;
import io.meterhub.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Each organization's thresholds and the meters with generation, read from the database
 * ({@code anomaly_thresholds}, {@code meter.has_generation}, V8) in {@link #open()} and again every
 * {@code refresh} (checked on lookup, as {@code JdbcMeterDirectory} does), so an administrator's
 * change reaches the running job within minutes.
 *
 * <p>An organization whose stored thresholds are invalid as a whole (say a spike factor of 0.5, or
 * a voltage minimum above the maximum) gets the defaults, with an error in the log naming the
 * organization and the fields, once per change: one organization's typo must neither stop the job
 * nor blind another's detectors. A database that cannot be read on refresh keeps what was loaded.
 */
public final class JdbcAnomalySettings implements AnomalySettings {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcAnomalySettings.class);

    private final StorageConfig storage;
    private final long refreshMillis;
    private final AnomalyThresholds defaults;

    private transient AnomalyThresholdRepository repository;
    private transient volatile Map<String, AnomalyThresholds> byOrganization;
    private transient volatile Set<String> generationMeters;
    private transient Map<String, String> reportedProblems;
    private transient long loadedAt;

    public JdbcAnomalySettings(StorageConfig storage, Duration refresh) {
        this(storage, refresh, AnomalyThresholds.defaults());
    }

    public JdbcAnomalySettings(StorageConfig storage, Duration refresh, AnomalyThresholds defaults) {
        if (refresh.isNegative() || refresh.isZero()) {
            throw new IllegalArgumentException("the anomaly settings refresh must be positive, got " + refresh);
        }
        this.storage = Objects.requireNonNull(storage, "storage");
        this.refreshMillis = refresh.toMillis();
        this.defaults = defaults;
    }

    @Override
    public void open() throws SQLException {
        if (repository != null) {
            return; // the same instance serves several operators of one task manager
        }
        repository = new AnomalyThresholdRepository(Database.unpooled(storage));
        reportedProblems = new HashMap<>();
        reload();
    }

    @Override
    public AnomalyThresholds thresholds(String organizationId) {
        refreshWhenDue();
        return byOrganization.getOrDefault(organizationId, defaults);
    }

    @Override
    public boolean hasGeneration(String meterId) {
        refreshWhenDue();
        return generationMeters.contains(meterId);
    }

    private void refreshWhenDue() {
        long now = System.currentTimeMillis();
        if (now - loadedAt <= refreshMillis) {
            return;
        }
        try {
            reload();
        } catch (SQLException e) {
            LOG.warn("could not reload the anomaly thresholds, keeping those of {} organizations: {}", byOrganization.size(), e.getMessage());
            loadedAt = now;
        }
    }

    private synchronized void reload() throws SQLException {
        Map<String, AnomalyThresholds> loaded = new HashMap<>();
        for (OrganizationThresholds row : repository.loadAll().values()) {
            try {
                loaded.put(row.organizationId(), ThresholdOverrides.apply(defaults, row.values()));
                if (reportedProblems.remove(row.organizationId()) != null) {
                    LOG.info("anomaly thresholds of organization {} are valid again and apply", row.organizationId());
                }
            } catch (IllegalArgumentException e) {
                // the defaults apply to this organization: leave it out of the map
                if (!e.getMessage().equals(reportedProblems.put(row.organizationId(), e.getMessage()))) {
                    LOG.error("anomaly thresholds of organization {} (set by {} at {}) are rejected, its detectors use the defaults: {}",
                            row.organizationId(), row.updatedBy(), row.updatedAt(), e.getMessage());
                }
            }
        }
        byOrganization = loaded;
        generationMeters = repository.generationMeters();
        loadedAt = System.currentTimeMillis();
    }
}
