package io.meterhub.cabinet.registration;

import io.meterhub.cabinet.common.ValidationException;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A form refused with every problem found, so that the page can mark all the fields at once; the
 * exception's code is that of the first problem, its message lists them all.
 */
public final class FormRejectedException extends ValidationException {
    private final List<FieldProblem> problems;

    public FormRejectedException(List<FieldProblem> problems) {
        super(problems.get(0).code(), problems.get(0).args().toArray());
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
