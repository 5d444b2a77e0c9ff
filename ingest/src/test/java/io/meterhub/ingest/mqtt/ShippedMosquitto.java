package io.meterhub.ingest.mqtt;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Mosquitto process configured from {@code deploy/mosquitto} as shipped: its mosquitto.conf
 * with only paths and ports changed, its ACL file as it is, a password file and certificates made
 * by its own scripts ({@code add-user}, {@code make-test-certs}).
 */
final class ShippedMosquitto implements AutoCloseable {
    static final Path DEPLOY = Path.of("..", "deploy", "mosquitto").toAbsolutePath().normalize();

    private final Process process;
    private final Path log;
    final int plainPort;
    final int tlsPort;
    final Path caFile;

    private ShippedMosquitto(Process process, Path log, int plainPort, int tlsPort, Path caFile) {
        this.process = process;
        this.log = log;
        this.plainPort = plainPort;
        this.tlsPort = tlsPort;
        this.caFile = caFile;
    }

    /** Mosquitto's binary, or empty when the machine has none. */
    static Optional<Path> binary() {
        return Stream.concat(Stream.of("/usr/sbin", "/usr/local/sbin"),
                        Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)))
                .map(dir -> Path.of(dir, "mosquitto")).filter(Files::isExecutable).findFirst();
    }

    /** @param users user, password, user, password, ... for the password file */
    static ShippedMosquitto start(Path binary, Path work, String... users) throws IOException, InterruptedException {
        Path certs = work.resolve("certs");
        run(work, DEPLOY.resolve("make-test-certs").toString(), certs.toString(), "localhost", "127.0.0.1");
        Path passwd = work.resolve("passwd");
        for (int i = 0; i < users.length; i += 2) {
            run(work, DEPLOY.resolve("add-user").toString(), "-f", passwd.toString(), users[i], users[i + 1]);
        }
        Files.copy(DEPLOY.resolve("acl"), work.resolve("acl"));
        Files.createDirectories(work.resolve("data"));

        int plainPort = freePort();
        int tlsPort = freePort();
        String shipped = Files.readString(DEPLOY.resolve("mosquitto.conf"));
        String config = replaceOnce(shipped, "\nlistener 8883\n", "\nlistener " + tlsPort + " 127.0.0.1\n");
        config = replaceOnce(config, "\nlistener 1883 127.0.0.1\n", "\nlistener " + plainPort + " 127.0.0.1\n");
        config = config.replace("/mosquitto/config/", work.toString() + "/").replace("/mosquitto/data/", work.resolve("data") + "/");
        // Run as root, Mosquitto would switch to its own user, who cannot read the test's private files.
        config += "\nuser " + System.getProperty("user.name") + "\n";
        Path conf = work.resolve("mosquitto.conf");
        Files.writeString(conf, config);

        Path log = work.resolve("mosquitto.log");
        Process process = new ProcessBuilder(binary.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ShippedMosquitto broker = new ShippedMosquitto(process, log, plainPort, tlsPort, certs.resolve("ca.crt"));
        broker.awaitListening();
        return broker;
    }

    String plainUri() {
        return "tcp://127.0.0.1:" + plainPort;
    }

    /** The host name is the one the test certificate names: Paho checks it. */
    String tlsUri() {
        return "ssl://localhost:" + tlsPort;
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mosquitto exited with " + process.exitValue() + ":\n" + log());
            }
            if (listening(plainPort) && listening(tlsPort)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("mosquitto does not listen on " + plainPort + " and " + tlsPort + ":\n" + log());
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String replaceOnce(String text, String what, String with) {
        int at = text.indexOf(what);
        if (at < 0 || text.indexOf(what, at + 1) >= 0) {
            throw new IllegalStateException("deploy/mosquitto/mosquitto.conf no longer has exactly one \"" + what.strip()
                    + "\": update ShippedMosquitto along with it");
        }
        return text.substring(0, at) + with + text.substring(at + what.length());
    }

    private static void run(Path work, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(command));
        Process process = new ProcessBuilder(line).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", line) + " failed:\n" + output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
