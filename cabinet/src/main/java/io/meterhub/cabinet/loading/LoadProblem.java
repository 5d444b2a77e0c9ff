package io.meterhub.cabinet.loading;

import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.common.Messages;

import java.util.List;
import java.util.Locale;

/**
 * A bad field of a file as its user finds it: the row number in the spreadsheet (the header is row 1),
 * the column's header, the value as written and what is wrong («строка 14, «Дата поверки»: 31.02.2026 — такой даты нет»).
 */
public record LoadProblem(int row, String field, String value, FieldProblem problem) {
    public static LoadProblem of(int row, String field, String value, String code, Object... args) {
        return new LoadProblem(row, field, value, FieldProblem.of(field, code, args));
    }

    /** What is wrong, without the row and the column. */
    public String reason(Locale locale) {
        return problem.message(locale);
    }

    public String message(Locale locale) {
        String shown = value == null || value.isBlank() ? Messages.format("load.value_empty", locale) : value;
        return Messages.format("load.problem", locale, row, field, shown, reason(locale));
    }

    List<String> args() {
        return problem.args().stream().map(String::valueOf).toList();
    }
}
