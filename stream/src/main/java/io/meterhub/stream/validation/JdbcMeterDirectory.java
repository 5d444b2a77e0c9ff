package io.meterhub.stream.validation;

import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.registry.MeterRegistry;
import io.meterhub.storage.registry.RegistryChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.Map;

/**
 * The meter registry read from the database and kept in memory. It is read again the moment the
 * registry changes (PostgreSQL notifies, see {@link RegistryChanges}), so a meter registered while
 * the pipeline runs is known to it at once; a periodic reload and a throttled reload on a miss
 * remain as a safety net for a notification lost while the database was away.
 */
public final class JdbcMeterDirectory implements MeterDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcMeterDirectory.class);
    private static final long MISS_RELOAD_MS = 5_000;
    private static final long FRESH_RELOAD_MS = 200;
    private static final long PERIODIC_RELOAD_MS = 60_000;

    private final StorageConfig storage;
    private transient MeterRegistry registry;
    private transient volatile Map<String, MeterInfo> meters;
    private transient volatile long loadedAt;
    private transient RegistryChanges changes;

    public JdbcMeterDirectory(StorageConfig storage) {
        this.storage = storage;
    }

    @Override
    public void open() throws SQLException {
        registry = new MeterRegistry(Database.unpooled(storage));
        reload();
        changes = RegistryChanges.listen(storage, this::reloadQuietly, "meter-registry-changes");
    }

    @Override
    public MeterInfo find(String meterId) {
        return find(meterId, MISS_RELOAD_MS);
    }

    @Override
    public MeterInfo findFresh(String meterId) {
        return find(meterId, FRESH_RELOAD_MS);
    }

    private MeterInfo find(String meterId, long missReloadMillis) {
        long now = System.currentTimeMillis();
        MeterInfo meter = meters.get(meterId);
        if ((meter == null && now - loadedAt > missReloadMillis) || now - loadedAt > PERIODIC_RELOAD_MS) {
            reloadQuietly();
            meter = meters.get(meterId);
        }
        return meter;
    }

    private synchronized void reloadQuietly() {
        try {
            reload();
        } catch (SQLException e) {
            LOG.warn("could not reload the meter registry, keeping {} known meters: {}", meters.size(), e.getMessage());
            loadedAt = System.currentTimeMillis();
        }
    }

    private void reload() throws SQLException {
        meters = registry.loadMeterInfos();
        loadedAt = System.currentTimeMillis();
    }

    @Override
    public void close() {
        if (changes != null) {
            changes.close();
        }
    }
}
