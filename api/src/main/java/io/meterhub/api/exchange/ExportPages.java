package io.meterhub.api.exchange;

import io.meterhub.api.http.Answer;
import io.meterhub.api.http.ApiRequest;
import io.meterhub.api.problem.FieldError;
import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;
import io.meterhub.cabinet.loading.CsvTable;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How every export answers: a page of at most {@code limit} rows after {@code cursor}, as JSON
 * ({@code {"items": [...], "nextCursor": ...}}) or, for {@code Accept: text/csv} or {@code format=csv}, as
 * CSV the way Russian Excel and 1C open it (UTF-8 with a BOM, {@code ;}, CRLF; the control panel's
 * Выгрузка writes the same) with the same values as the JSON and the next page's cursor in {@code Next-Cursor}.
 */
final class ExportPages {
    static final String CSV_TYPE = "text/csv; charset=utf-8";
    static final String NEXT_CURSOR = "Next-Cursor";
    private static final int DEFAULT_LIMIT = 100;

    private ExportPages() {
    }

    /** A page of items and the cursor of the next one, null on the last page. */
    record Page<T>(List<T> items, String nextCursor) {
    }

    static int limit(ApiRequest request) {
        return request.query("limit").map(Integer::parseInt).orElse(DEFAULT_LIMIT);
    }

    /** The parts of the cursor the request carries for this export, or null for the first page. */
    static List<String> after(ApiRequest request, String export) {
        String cursor = request.query("cursor").orElse(null);
        if (cursor == null) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String prefix = export + "\n";
            if (decoded.startsWith(prefix)) {
                return Arrays.asList(decoded.substring(prefix.length()).split("\n", -1));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw new ProblemException(Problems.invalid("the cursor is not one this export gave",
                List.of(FieldError.parameter("cursor", "pass the nextCursor of the previous page of the same export as it is"))));
    }

    static Long afterId(ApiRequest request, String export) {
        List<String> parts = after(request, export);
        try {
            return parts == null ? null : Long.parseLong(parts.get(0));
        } catch (NumberFormatException e) {
            throw new ProblemException(Problems.invalid("the cursor is not one this export gave",
                    List.of(FieldError.parameter("cursor", "pass the nextCursor of the previous page as it is"))));
        }
    }

    static LocalDate date(ApiRequest request, String parameter) {
        String text = request.query(parameter).orElse(null);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ProblemException(Problems.invalid("the " + parameter + " is not a date",
                    List.of(FieldError.parameter(parameter, "\"" + text + "\" is not a date of the form 2026-11-23"))));
        }
    }

    /**
     * The answer of a page fetched with one row more than the limit (so that a last page is known as such).
     *
     * @param cursorOf the cursor's parts of a row
     * @param item     the row as the JSON's item
     * @param csvRows  the row as CSV lines (a row with a list, such as an application's documents, may take several)
     */
    static <R> Answer answer(ApiRequest request, String export, List<R> fetched, int limit, Function<R, List<String>> cursorOf,
                             Function<R, Object> item, List<String> csvHeader, Function<R, List<List<String>>> csvRows) {
        boolean more = fetched.size() > limit;
        List<R> page = more ? fetched.subList(0, limit) : fetched;
        String next = more ? cursor(export, cursorOf.apply(page.get(page.size() - 1))) : null;
        if (!wantsCsv(request)) {
            return Answer.json(200, new Page<>(page.stream().map(item).toList(), next));
        }
        List<List<String>> lines = new ArrayList<>(page.size() + 1);
        lines.add(csvHeader);
        page.forEach(row -> lines.addAll(csvRows.apply(row)));
        Answer csv = new Answer(200, CSV_TYPE, CsvTable.write(lines), Map.of());
        return next == null ? csv : csv.withHeader(NEXT_CURSOR, next);
    }

    private static boolean wantsCsv(ApiRequest request) {
        String format = request.query("format").orElse(null);
        if (format != null) {
            return format.equals("csv");
        }
        return request.header("Accept").map(accept -> accept.toLowerCase(java.util.Locale.ROOT).contains("text/csv")).orElse(false);
    }

    private static String cursor(String export, List<String> parts) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((export + "\n" + String.join("\n", parts)).getBytes(StandardCharsets.UTF_8));
    }

    /** A CSV cell: empty for null. */
    static String cell(Object value) {
        if (value instanceof java.time.OffsetDateTime time) {
            return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
        }
        return value == null ? "" : value.toString();
    }
}
