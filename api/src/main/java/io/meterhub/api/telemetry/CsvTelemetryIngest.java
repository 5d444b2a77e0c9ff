package io.meterhub.api.telemetry;

import io.meterhub.api.http.Answer;
import io.meterhub.api.problem.FieldError;
import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;
import io.meterhub.cabinet.loading.CsvRows;
import io.meterhub.protocols.telemetry.DecodedUplink;
import io.meterhub.protocols.telemetry.Rejection;
import io.meterhub.protocols.telemetry.TelemetryCodec;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code POST /api/v1/telemetry/csv}: interval readings as CSV, one register value a line ({@code meter,timestamp,register,value}).
 * Each line is checked on its own; the valid ones are grouped per controller of their meter into contract v1 documents
 * (the registers of one meter at one moment make one reading) and published at QoS 1 like {@link TelemetryIngest}, after
 * the pipeline's decoder has said what it would refuse. Every line is answered: accepted, or refused with its reason.
 */
public final class CsvTelemetryIngest {
    /** More lines than this are refused whole: a client splits a larger file (the answer lists every line). */
    public static final int MAX_LINES = 100_000;
    /** Values per document: well under the pipeline's 1 MiB a document, and many per publish, which is what makes MQTT fast. */
    private static final int VALUES_PER_DOCUMENT = 2_000;
    private static final Duration ACKNOWLEDGEMENT = Duration.ofSeconds(60);
    private static final List<String> COLUMNS = List.of("meter", "timestamp", "register", "value");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+([.,]\\d+)?");
    private final Function<String, Optional<MeterPlace>> meters;
    private final BrokerPublisher broker;
    private final Clock clock;
    private final TelemetryCodec codec = new TelemetryCodec();

    /** Where a registered meter's readings go, and the calendar its organization's local times are in. */
    public record MeterPlace(String organizationId, String controllerId, ZoneId zone) {
    }

    /** The answer: every data line, by its line number in the file (the header is line 1). */
    public record CsvAnswer(int lines, List<Integer> accepted, List<Refused> refused, List<Published> documents) {
        public record Refused(int line, String detail) {
        }

        /** A document published to a controller's uplink topic, and how many of its values the pipeline will take. */
        public record Published(String controller, int readings) {
        }
    }

    public CsvTelemetryIngest(Function<String, Optional<MeterPlace>> meters, BrokerPublisher broker, Clock clock) {
        this.meters = meters;
        this.broker = broker;
        this.clock = clock;
    }

    public Answer ingest(Collection<String> organizations, byte[] body) {
        List<CsvRows.Row> rows = CsvRows.read(body);
        if (rows.isEmpty()) {
            throw invalid("the file is empty: its first line names the columns " + String.join(",", COLUMNS), 1);
        }
        Map<String, Integer> columns = header(rows.get(0));
        if (rows.size() - 1 > MAX_LINES) {
            throw invalid("the file has " + (rows.size() - 1) + " data lines; at most " + MAX_LINES + " a request: split it", rows.get(0).line());
        }
        Map<Integer, String> refused = new LinkedHashMap<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        Map<String, Map<String, PendingReading>> byController = new LinkedHashMap<>();
        Map<String, Optional<MeterPlace>> known = new HashMap<>();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            String meter = cell(row, columns, "meter");
            Optional<MeterPlace> place = meter.isEmpty() ? Optional.empty() : known.computeIfAbsent(meter, meters)
                    .filter(p -> organizations.contains(p.organizationId()));
            if (meter.isEmpty()) {
                refused.put(row.line(), "meter: a value is required");
                continue;
            }
            if (place.isEmpty()) {
                // the same words for another organization's meter as for none: a key learns nothing of others
                refused.put(row.line(), "meter: no meter " + meter + " in your organization; register it first");
                continue;
            }
            List<String> problems = new ArrayList<>();
            Instant ts = timestamp(cell(row, columns, "timestamp"), place.get().zone(), problems);
            String register = cell(row, columns, "register");
            if (register.isEmpty()) {
                problems.add("register: a value is required");
            }
            BigDecimal value = value(cell(row, columns, "value"), problems);
            if (!problems.isEmpty()) {
                refused.put(row.line(), String.join("; ", problems));
                continue;
            }
            Integer first = firstLineOf.putIfAbsent(meter + '\n' + ts + '\n' + register, row.line());
            if (first != null) {
                refused.put(row.line(), "the same meter, timestamp and register as line " + first);
                continue;
            }
            byController.computeIfAbsent(place.get().controllerId(), c -> new LinkedHashMap<>())
                    .computeIfAbsent(meter + '\n' + ts, k -> new PendingReading(meter, ts)).add(register, value, row.line());
        }
        List<Document> documents = new ArrayList<>();
        byController.forEach((controller, readings) -> documents.addAll(documents(controller, readings.values())));
        List<Document> publishing = new ArrayList<>();
        for (Document document : documents) {
            if (document.check(codec, refused)) {
                publishing.add(document);
            }
        }
        List<CsvAnswer.Published> published = new ArrayList<>();
        TreeSet<Integer> accepted = new TreeSet<>();
        List<String> outcomes = publishing.isEmpty() ? List.of()
                : broker.publishAll(publishing.stream().map(d -> new BrokerPublisher.Outgoing(d.controller, d.payload)).toList(), ACKNOWLEDGEMENT);
        for (int i = 0; i < outcomes.size(); i++) {
            Document document = publishing.get(i);
            if (outcomes.get(i) == null) {
                document.validLines(refused).forEach(accepted::add);
                published.add(new CsvAnswer.Published(document.controller, document.validValues));
            } else {
                String reason = outcomes.get(i) + "; send the line again";
                document.validLines(refused).forEach(line -> refused.put(line, reason));
            }
        }
        List<CsvAnswer.Refused> refusals = new ArrayList<>();
        new java.util.TreeMap<>(refused).forEach((line, detail) -> refusals.add(new CsvAnswer.Refused(line, detail)));
        if (accepted.isEmpty()) {
            throw new ProblemException(Problems.nothingAccepted(refusals.stream().map(r -> FieldError.at(row(r.line()), r.detail())).toList()));
        }
        return Answer.json(202, new CsvAnswer(rows.size() - 1, List.copyOf(accepted), refusals, published));
    }

    /** The columns by name, whatever their case and order; each of the four must be there. */
    private static Map<String, Integer> header(CsvRows.Row header) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            positions.putIfAbsent(header.cells().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !positions.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw invalid("the first line must name the columns " + String.join(",", COLUMNS) + " (separated by ',' or ';'); missing: "
                    + String.join(", ", missing), header.line());
        }
        return positions;
    }

    private static String cell(CsvRows.Row row, Map<String, Integer> columns, String column) {
        int at = columns.get(column);
        return at < row.cells().size() ? row.cells().get(at).strip() : "";
    }

    /** ISO 8601 with an offset, or without one as the local time of the meter's organization. */
    private static Instant timestamp(String text, ZoneId zone, List<String> problems) {
        if (text.isEmpty()) {
            problems.add("timestamp: a value is required");
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text.replace(' ', 'T')).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                problems.add("timestamp: \"" + text + "\" is not a time such as 2026-11-23T10:15:00+03:00 (or 2026-11-23 10:15, the"
                        + " organization's local time)");
                return null;
            }
        }
    }

    /** A decimal with a point or a comma, spaces between thousands allowed: exact, never a double. */
    private static BigDecimal value(String text, List<String> problems) {
        String compact = text.replace("\u00a0", "").replace(" ", "");
        if (compact.isEmpty()) {
            problems.add("value: a value is required");
            return null;
        }
        if (!DECIMAL.matcher(compact).matches()) {
            problems.add("value: \"" + text + "\" is not a number such as 12345.678 or 12345,678");
            return null;
        }
        return new BigDecimal(compact.replace(',', '.'));
    }

    /** A controller's readings cut into documents of at most {@link #VALUES_PER_DOCUMENT} values, each reading whole. */
    private List<Document> documents(String controller, Collection<PendingReading> readings) {
        List<Document> documents = new ArrayList<>();
        List<PendingReading> current = new ArrayList<>();
        int values = 0;
        for (PendingReading reading : readings) {
            if (values + reading.values.size() > VALUES_PER_DOCUMENT && !current.isEmpty()) {
                documents.add(new Document(controller, current, clock.instant()));
                current = new ArrayList<>();
                values = 0;
            }
            current.add(reading);
            values += reading.values.size();
        }
        if (!current.isEmpty()) {
            documents.add(new Document(controller, current, clock.instant()));
        }
        return documents;
    }

    private static ProblemException invalid(String detail, int line) {
        return new ProblemException(Problems.invalid(detail, List.of(FieldError.at(row(line), detail))));
    }

    /** A line of the file as a fragment of text/csv (RFC 7111: rows from 1, the header being row 1). */
    private static String row(int line) {
        return "#row=" + line;
    }

    /** One meter's registers at one moment, with the line each came from. */
    private static final class PendingReading {
        final String meter;
        final Instant ts;
        final Map<String, BigDecimal> values = new LinkedHashMap<>();
        final Map<String, Integer> lines = new LinkedHashMap<>();

        PendingReading(String meter, Instant ts) {
            this.meter = meter;
            this.ts = ts;
        }

        void add(String register, BigDecimal value, int line) {
            values.put(register, value);
            lines.put(register, line);
        }
    }

    /** A document to publish, with the lines it holds. */
    private static final class Document {
        final String controller;
        final List<PendingReading> readings;
        final byte[] payload;
        int validValues;

        Document(String controller, List<PendingReading> readings, Instant sent) {
            this.controller = controller;
            this.readings = readings;
            this.payload = UplinkDocuments.of(controller, sent, readings.stream()
                    .map(r -> new UplinkDocuments.Reading(r.meter, r.ts, r.values)).toList());
        }

        /** Refuses the lines the pipeline's decoder would refuse; whether anything of the document is left to publish. */
        boolean check(TelemetryCodec codec, Map<Integer, String> refused) {
            DecodedUplink decoded = codec.decode(payload);
            for (Rejection rejection : decoded.rejections()) {
                linesAt(rejection.pointer()).forEach(line -> refused.putIfAbsent(line, rejection.reason()));
            }
            validValues = decoded.readings().size();
            return validValues > 0;
        }

        /** The lines of a decoder's pointer: {@code /readings/3/values/1.8.0} one line, {@code /readings/3} the reading's, "" all. */
        private List<Integer> linesAt(String pointer) {
            String[] parts = pointer.split("/");
            if (parts.length < 3 || !"readings".equals(parts[1])) {
                return readings.stream().flatMap(r -> r.lines.values().stream()).toList();
            }
            PendingReading reading = readings.get(Integer.parseInt(parts[2]));
            if (parts.length >= 5 && "values".equals(parts[3])) {
                String register = pointer.substring(pointer.indexOf("/values/") + "/values/".length()).replace("~1", "/").replace("~0", "~");
                Integer line = reading.lines.get(register);
                return line == null ? List.copyOf(reading.lines.values()) : List.of(line);
            }
            return List.copyOf(reading.lines.values());
        }

        List<Integer> validLines(Map<Integer, String> refused) {
            return readings.stream().flatMap(r -> r.lines.values().stream()).filter(line -> !refused.containsKey(line)).toList();
        }
    }
}
