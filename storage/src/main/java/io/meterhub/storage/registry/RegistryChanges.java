package io.meterhub.storage.registry;

import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Tells a running process that meters were registered, changed or removed, the moment the change
 * commits: a daemon thread LISTENs on the channel the registry's triggers notify (migration V13)
 * and runs the callback once per batch of notifications. When the database is away it reconnects
 * every few seconds and runs the callback after reconnecting, since changes may have been missed.
 */
public final class RegistryChanges implements AutoCloseable {
    public static final String CHANNEL = "meter_registry_changed";
    private static final Logger LOG = LoggerFactory.getLogger(RegistryChanges.class);
    private static final int WAIT_MILLIS = 1_000;
    private static final long RECONNECT_MILLIS = 3_000;

    private final StorageConfig storage;
    private final Runnable onChange;
    private final CountDownLatch listening = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean closed;

    private RegistryChanges(StorageConfig storage, Runnable onChange, String name) {
        this.storage = storage;
        this.onChange = onChange;
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
    }

    /** Starts listening; returns once the first LISTEN is in place (or after a few seconds if the database is away). */
    public static RegistryChanges listen(StorageConfig storage, Runnable onChange, String threadName) {
        RegistryChanges changes = new RegistryChanges(storage, onChange, threadName);
        changes.thread.start();
        try {
            changes.listening.await(RECONNECT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return changes;
    }

    private void run() {
        boolean missedSome = false;
        while (!closed) {
            try (Connection connection = Database.unpooled(storage).getConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                listening.countDown();
                if (missedSome) {
                    LOG.info("listening for meter registrations again");
                    missedSome = false;
                    onChange.run();
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        onChange.run();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                if (!missedSome) {
                    LOG.warn("not listening for meter registrations ({}); retrying every {} s", e.getMessage(), RECONNECT_MILLIS / 1000);
                }
                missedSome = true;
                sleep();
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
