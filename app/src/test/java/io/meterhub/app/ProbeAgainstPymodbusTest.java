package io.meterhub.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The probe against a Modbus server that is not ours: pymodbus (Debian's python3-pymodbus) serving
 * SDM630 float32 input registers. A missing pymodbus fails the test: the test script installs it,
 * and a skipped interoperability test would hide exactly what it exists to show.
 */
class ProbeAgainstPymodbusTest {
    private static final String PYTHON = "/usr/bin/python3";
    private Process server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(5, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void probe_reads_sdm630_registers_served_by_pymodbus() throws Exception {
        requirePymodbus();
        int port = freePort();
        Path script = Path.of(getClass().getResource("/pymodbus_sdm630.py").toURI());
        Path log = Files.createTempFile("pymodbus-sdm630-", ".log");
        server = new ProcessBuilder(PYTHON, script.toString(), String.valueOf(port), "127.0.0.1")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        waitForPort(port, log);

        ProbeRun run = ProbeRun.of("probe", "--modbus", "127.0.0.1:" + port, "--unit", "1", "--profile", "eastron-sdm630");

        assertThat(run.exitCode()).as("stderr: %s%npymodbus log: %s", run.err(), Files.readString(log)).isZero();
        assertThat(run.lines()).containsExactly(
                "32.7.0 230.5 V",
                "52.7.0 231 V",
                "72.7.0 229.5 V",
                "31.7.0 5.25 A",
                "51.7.0 10 A",
                "71.7.0 0.5 A",
                "1.7.0 3.45 kW",
                "14.7.0 50 Hz",
                "1.8.0 12345.678 kWh",
                "2.8.0 678.25 kWh",
                "3.8.0 1500 kvarh",
                "4.8.0 0 kvarh");
    }

    private static void requirePymodbus() throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            fail(PYTHON + " is missing: install Debian's python3 and python3-pymodbus (apt-get install -y python3-pymodbus)");
        }
        Process check = new ProcessBuilder(PYTHON, "-c", "import pymodbus, pymodbus.datastore; print(pymodbus.__version__)")
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());
        if (!check.waitFor(30, TimeUnit.SECONDS) || check.exitValue() != 0) {
            fail("python3-pymodbus is not importable by " + PYTHON + " (the test script installs it: "
                    + "apt-get install -y python3-pymodbus): " + output.strip());
        }
    }

    private void waitForPort(int port, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                fail("the pymodbus server exited with code " + server.exitValue() + ": " + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        fail("the pymodbus server did not listen on port " + port + " within 20 s: " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
