package io.meterhub.cabinet.loading;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of a file read by its columns' headers: each getter checks its field, and a bad field is
 * added to the row's problems (the getter then answers null), so a row names all its bad fields at once.
 */
final class Cells {
    private static final Pattern RU_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})\\.(\\d{4})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private final int rowNo;
    private final List<String> cells;
    private final Map<String, Integer> positions;
    private final List<LoadProblem> problems;
    private boolean bad;

    Cells(int rowNo, List<String> cells, Map<String, Integer> positions, List<LoadProblem> problems) {
        this.rowNo = rowNo;
        this.cells = cells;
        this.positions = positions;
        this.problems = problems;
    }

    int rowNo() {
        return rowNo;
    }

    /** True once a field of this row was found bad. */
    boolean bad() {
        return bad;
    }

    /** The cell trimmed; "" when empty or when the file has no such column. */
    String raw(String header) {
        Integer at = positions.get(header);
        if (at == null || at >= cells.size() || cells.get(at) == null) {
            return "";
        }
        return cells.get(at).strip();
    }

    void problem(String header, String code, Object... args) {
        bad = true;
        problems.add(LoadProblem.of(rowNo, header, raw(header), code, args));
    }

    /** The text, or null (a problem when required) when empty; at most max characters. */
    String text(String header, boolean required, int max) {
        String value = raw(header);
        if (value.isEmpty()) {
            if (required) {
                problem(header, "load.field.required");
            }
            return null;
        }
        if (value.length() > max) {
            problem(header, "load.field.too_long", max);
            return null;
        }
        return value;
    }

    /** ДД.ММ.ГГГГ (or ГГГГ-ММ-ДД), a date that exists; null when empty or bad. */
    LocalDate date(String header, boolean required) {
        String value = raw(header);
        if (value.isEmpty()) {
            if (required) {
                problem(header, "load.field.required");
            }
            return null;
        }
        Matcher ru = RU_DATE.matcher(value);
        Matcher iso = ISO_DATE.matcher(value);
        try {
            if (ru.matches()) {
                return LocalDate.of(Integer.parseInt(ru.group(3)), Integer.parseInt(ru.group(2)), Integer.parseInt(ru.group(1)));
            }
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
        } catch (DateTimeException e) {
            problem(header, "load.field.date_missing");
            return null;
        }
        problem(header, "load.field.date_format");
        return null;
    }

    /** A whole number in [min, max]; fallback when empty and not required; null when bad. */
    Integer integer(String header, boolean required, int min, int max, Integer fallback) {
        String value = raw(header);
        if (value.isEmpty()) {
            if (required) {
                problem(header, "load.field.required");
                return null;
            }
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // named below with the range it must be in
        }
        problem(header, "load.field.integer", min, max);
        return null;
    }

    /** A number with a point or a comma (spaces between thousands allowed), at most maxScale digits after it; null when empty or bad. */
    BigDecimal decimal(String header, boolean required, int maxScale, boolean negativeAllowed) {
        String value = raw(header).replace("\u00a0", "").replace(" ", "");
        if (value.isEmpty()) {
            if (required) {
                problem(header, "load.field.required");
            }
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            problem(header, "load.field.decimal");
            return null;
        }
        BigDecimal number = new BigDecimal(value.replace(',', '.'));
        if (number.scale() > maxScale) {
            problem(header, "load.field.decimal_scale", maxScale);
            return null;
        }
        if (!negativeAllowed && number.signum() < 0) {
            problem(header, "load.field.negative");
            return null;
        }
        return number;
    }

    /** ММ.ГГГГ (or ГГГГ-ММ, or a date of the month); null when empty or bad. */
    YearMonth month(String header, boolean required) {
        String value = raw(header);
        if (value.isEmpty()) {
            if (required) {
                problem(header, "load.field.required");
            }
            return null;
        }
        Matcher ru = MONTH.matcher(value);
        Matcher iso = ISO_MONTH.matcher(value);
        int month;
        int year;
        if (ru.matches()) {
            month = Integer.parseInt(ru.group(1));
            year = Integer.parseInt(ru.group(2));
        } else if (iso.matches()) {
            month = Integer.parseInt(iso.group(2));
            year = Integer.parseInt(iso.group(1));
        } else if (RU_DATE.matcher(value).matches() || ISO_DATE.matcher(value).matches()) {
            LocalDate date = date(header, true);
            return date == null ? null : YearMonth.from(date);
        } else {
            problem(header, "load.field.month_format");
            return null;
        }
        if (month < 1 || month > 12) {
            problem(header, "load.field.month_missing");
            return null;
        }
        return YearMonth.of(year, month);
    }
}
