package io.meterhub.app;

import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The whole demo ({@link DemoCommand}: embedded PostgreSQL and broker, a small simulated fleet, the
 * Flink pipeline, the cabinet) on a thread of its own, on free ports, for the browser journeys over
 * the running product. {@link #close()} stops it as Ctrl-C would.
 */
final class RunningDemo implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofMinutes(5);

    private final DemoCommand demo = new DemoCommand();
    private final AtomicInteger exit = new AtomicInteger(-1);
    private final Thread runner;
    private final int mqttPort;

    private RunningDemo(Path workDir, int cabinetPort) {
        mqttPort = freePort();
        runner = new Thread(() -> exit.set(new CommandLine(demo).execute("--controllers", "2", "--meters", "5", "--history-hours", "6",
                "--pg-port", String.valueOf(freePort()), "--mqtt-port", String.valueOf(mqttPort), "--cabinet-port", String.valueOf(cabinetPort),
                "--api-port", "0", "--ldap-port", "0", "--work-dir", workDir.toString())), "demo");
    }

    /** Starts the demo (the cabinet on {@code cabinetPort}, 0 for any free one) and waits until it serves. */
    static RunningDemo start(Path workDir, int cabinetPort) throws InterruptedException {
        RunningDemo running = new RunningDemo(workDir, cabinetPort);
        io.meterhub.dashboard.BrowserSession.knowSecondFactors(io.meterhub.demo.DemoSecondFactors.SECRETS);
        running.runner.start();
        try {
            running.awaitReady();
        } catch (AssertionError | InterruptedException e) {
            running.close();
            throw e;
        }
        return running;
    }

    String cabinetUrl() {
        return demo.cabinetUrl;
    }

    String jdbcUrl() {
        return demo.jdbcUrl;
    }

    /** The embedded broker, where controllers publish. */
    String mqttUri() {
        return "tcp://127.0.0.1:" + mqttPort;
    }

    /** The demo command's exit code once {@link #close() stopped}; -1 while it runs. */
    int exitCode() {
        return exit.get();
    }

    /** The first column of the first row of a query over the demo's database. */
    Optional<String> one(String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** Asks every second until {@code found} gives a value; fails naming {@code what} after {@code within}. */
    static <T> T await(Duration within, String what, Callable<Optional<T>> found) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Optional<T> value = found.call();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " within " + within);
            }
            Thread.sleep(1_000);
        }
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!demo.ready.await(1, TimeUnit.SECONDS)) {
            if (!runner.isAlive()) {
                throw new AssertionError("the demo stopped before it was ready");
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the demo was not ready within " + STARTUP);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        demo.stop();
        runner.join(TimeUnit.MINUTES.toMillis(1));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
