package io.meterhub.stream.validation;

import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.registry.MeterRegistry;
import io.meterhub.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.Map;

/**
 * The meter registry read from the database and kept in memory. It reloads when an unknown meter
 * shows up (at most every few seconds, so a flood of unknown ids costs nothing) and every minute, so
 * meters a utility registers while the pipeline runs are accepted without a restart.
 */
public final class JdbcMeterDirectory implements MeterDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcMeterDirectory.class);
    private static final long MISS_RELOAD_MS = 5_000;
    private static final long PERIODIC_RELOAD_MS = 60_000;

    private final StorageConfig storage;
    private transient MeterRegistry registry;
    private transient volatile Map<String, MeterInfo> meters;
    private transient long loadedAt;

    public JdbcMeterDirectory(StorageConfig storage) {
        this.storage = storage;
    }

    @Override
    public void open() throws SQLException {
        registry = new MeterRegistry(Database.unpooled(storage));
        reload();
    }

    @Override
    public MeterInfo find(String meterId) {
        long now = System.currentTimeMillis();
        MeterInfo meter = meters.get(meterId);
        if ((meter == null && now - loadedAt > MISS_RELOAD_MS) || now - loadedAt > PERIODIC_RELOAD_MS) {
            try {
                reload();
                meter = meters.get(meterId);
            } catch (SQLException e) {
                LOG.warn("could not reload the meter registry, keeping {} known meters: {}", meters.size(), e.getMessage());
                loadedAt = now;
            }
        }
        return meter;
    }

    private void reload() throws SQLException {
        meters = registry.loadMeterInfos();
        loadedAt = System.currentTimeMillis();
    }
}
