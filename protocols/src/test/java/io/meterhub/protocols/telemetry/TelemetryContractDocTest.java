package io.meterhub.protocols.telemetry;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Keeps docs/telemetry-contract.md true: integrators copy its examples, so each one is decoded with
 * the real codec and must yield exactly what the page says, and its OBIS and event tables must match
 * {@link Obis} and {@link EventCode}.
 */
class TelemetryContractDocTest {
    /** Surefire runs in the module directory, so the repository root is one level up. */
    private static final Path DOC = Path.of("..", "docs", "telemetry-contract.md");

    private static final Pattern MARKER = Pattern.compile("<!-- example: (valid|rejects (\\d+)) -->");
    private static final Pattern OBIS_ROW = Pattern.compile("^\\|\\s*`(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})`\\s*\\|.*");
    private static final Pattern EVENT_ROW = Pattern.compile("^\\|\\s*`([A-Z][A-Z_]+)`\\s*\\|.*");

    private static List<String> lines;

    private record Example(int line, Integer expectedRejections, String json) {
        String label() {
            return "the example at docs/telemetry-contract.md line " + line;
        }
    }

    @BeforeAll
    static void readDocument() throws IOException {
        if (!Files.isRegularFile(DOC)) {
            fail("the telemetry contract is missing: expected " + DOC.toAbsolutePath().normalize()
                    + " (this test runs from the protocols module directory)");
        }
        lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    }

    @Test
    void every_marked_example_decodes_as_the_page_says() {
        List<Example> examples = examples();
        assertThat(examples).as("marked examples in the contract").hasSizeGreaterThanOrEqualTo(4);
        assertThat(examples).as("valid examples").anyMatch(example -> example.expectedRejections() == null);
        assertThat(examples).as("examples with rejections").anyMatch(example -> example.expectedRejections() != null);

        TelemetryCodec codec = new TelemetryCodec();
        for (Example example : examples) {
            DecodedUplink decoded = codec.decode(example.json().getBytes(StandardCharsets.UTF_8));
            String rejections = decoded.rejections().stream()
                    .map(rejection -> rejection.pointer() + ": " + rejection.reason())
                    .collect(Collectors.joining("\n  ", "\n  ", ""));
            if (example.expectedRejections() == null) {
                assertThat(decoded.rejections()).as(example.label() + " is marked valid, but the codec rejected:" + rejections).isEmpty();
                assertThat(decoded.readings().size() + decoded.events().size())
                        .as(example.label() + " is marked valid but yields no reading and no event").isPositive();
            } else {
                assertThat(decoded.rejections()).as(example.label() + " is marked 'rejects " + example.expectedRejections()
                        + "'; the codec rejected:" + rejections).hasSize(example.expectedRejections());
                assertThat(decoded.rejections()).allSatisfy(rejection -> assertThat(rejection.reason()).isNotBlank());
            }
        }
    }

    @Test
    void every_json_block_is_a_marked_example() {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().startsWith("```json")) {
                assertThat(previousNonBlank(i)).as("the ```json block at line " + (i + 1) + " must come right after "
                        + "<!-- example: valid --> or <!-- example: rejects N -->, so that it is tested").matches(MARKER);
            }
        }
    }

    @Test
    void the_obis_table_gives_the_units_and_kinds_of_the_code() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher row = OBIS_ROW.matcher(line);
            if (row.matches()) {
                rows.put(row.group(1), cells(line));
            }
        }
        assertThat(rows.keySet()).as("registers in the OBIS table").contains("1.8.0", "1.8.1", "1.8.2", "1.8.3", "1.8.4",
                "2.8.0", "3.8.0", "4.8.0", "1.7.0", "32.7.0", "52.7.0", "72.7.0", "31.7.0", "51.7.0", "71.7.0", "14.7.0");
        rows.forEach((code, cells) -> {
            String unit = cells[cells.length - 1];
            String kind = cells[cells.length - 2];
            assertThat(unit).as("unit of " + code + " in the OBIS table").isEqualTo(Obis.unit(code));
            assertThat(kind).as("kind of " + code + " in the OBIS table").isEqualTo(Obis.isCumulative(code) ? "cumulative" : "instantaneous");
        });
    }

    @Test
    void the_event_table_lists_exactly_the_codes_the_codec_accepts() {
        Set<String> documented = new TreeSet<>();
        for (String line : lines) {
            Matcher row = EVENT_ROW.matcher(line);
            if (row.matches()) {
                documented.add(row.group(1));
            }
        }
        Set<String> accepted = Arrays.stream(EventCode.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented).as("event codes in the contract's table").isEqualTo(accepted);
    }

    private static List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i).trim());
            if (!marker.matches()) {
                continue;
            }
            int open = nextNonBlank(i + 1);
            if (open >= lines.size() || !lines.get(open).trim().equals("```json")) {
                fail("the example marker at line " + (i + 1) + " must be followed by a ```json block");
            }
            StringBuilder json = new StringBuilder();
            int close = open + 1;
            while (close < lines.size() && !lines.get(close).trim().equals("```")) {
                json.append(lines.get(close)).append('\n');
                close++;
            }
            if (close >= lines.size()) {
                fail("the ```json block opened at line " + (open + 1) + " is never closed");
            }
            Integer expected = marker.group(2) == null ? null : Integer.valueOf(marker.group(2));
            examples.add(new Example(open + 1, expected, json.toString()));
            i = close;
        }
        return examples;
    }

    private static int nextNonBlank(int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static String previousNonBlank(int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).trim();
            }
        }
        return "";
    }

    private static String[] cells(String row) {
        String inner = row.trim();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        return Arrays.stream(inner.split("\\|")).map(String::trim).toArray(String[]::new);
    }
}
