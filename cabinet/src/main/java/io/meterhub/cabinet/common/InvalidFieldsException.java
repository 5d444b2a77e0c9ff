package io.meterhub.cabinet.common;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A form was refused as a whole: every field that is wrong, each with its message; nothing was written. */
public final class InvalidFieldsException extends ValidationException {
    private final List<FieldProblem> problems;

    public InvalidFieldsException(List<FieldProblem> problems) {
        super("form.invalid_fields", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public String message(Locale locale) {
        return problems.stream().map(p -> p.message(locale)).collect(Collectors.joining("; "));
    }
}
