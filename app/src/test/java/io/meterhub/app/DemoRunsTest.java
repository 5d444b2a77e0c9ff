package io.meterhub.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first command, as a user runs it (smaller): embedded PostgreSQL and broker,
 * simulated controllers and Modbus meters, the pipeline, the seeded cabinet; it must start, store
 * readings and hours, say where to look, and stop by itself.
 */
class DemoRunsTest {

    @Test
    void the_demo_starts_everything_stores_telemetry_serves_the_cabinet_and_stops(@TempDir Path work) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            exit = new CommandLine(new Meterhub()).execute("demo", "--for", "PT12S", "--controllers", "2", "--meters", "5",
                    "--history-hours", "6", "--pg-port", String.valueOf(freePort()), "--mqtt-port", String.valueOf(freePort()),
                    "--cabinet-port", "0", "--api-port", "0", "--ldap-port", "0", "--work-dir", work.toString());
        } finally {
            System.setOut(original);
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        original.println(output);

        assertThat(exit).isZero();
        assertThat(output).contains("[7/7] the cabinet").contains("Meterhub demo is running.").contains("ivanov       ivanov123");
        // the grid company's directory runs embedded, and its staff are listed with their directory passwords
        assertThat(output).containsPattern("directory: ldap://127\\.0\\.0\\.1:\\d+ ").contains("kuznetsova   kuznetsova123  OPERATOR")
                .contains("morozov      morozov123     -         disabled in the directory: refused");
        assertThat(output).containsPattern("cabinet:   http://localhost:\\d+/");
        assertThat(output).containsPattern("api:       http://localhost:\\d+/api/v1/").containsPattern("key of [^ ]+ \\(.*\\): mhk_");
        Matcher status = Pattern.compile("raw readings ([\\d,]+) \\| hours ([\\d,]+)").matcher(output);
        long lastRaw = 0;
        long lastHours = 0;
        while (status.find()) {
            lastRaw = Long.parseLong(status.group(1).replace(",", ""));
            lastHours = Long.parseLong(status.group(2).replace(",", ""));
        }
        // 10 meters x 4 registers x 24 readings of 6 h replayed (less the faults' late ones), plus the Modbus polls
        assertThat(lastRaw).isGreaterThan(10 * 4 * 20);
        // a year of history for the cabinet's smart meters, and the replayed hours
        assertThat(lastHours).isGreaterThan(8_760);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
