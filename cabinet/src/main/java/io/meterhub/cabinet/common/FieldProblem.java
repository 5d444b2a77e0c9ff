package io.meterhub.cabinet.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What is wrong with one field of a form or a row: the field's name in the form, a message key and its arguments. */
public record FieldProblem(String field, String code, List<Object> args) {
    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, Arrays.asList(args));
    }

    public String message(Locale locale) {
        return Messages.format(code, locale, args.toArray());
    }
}
