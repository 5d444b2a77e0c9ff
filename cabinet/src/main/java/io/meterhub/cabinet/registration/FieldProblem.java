package io.meterhub.cabinet.registration;

import io.meterhub.cabinet.common.Messages;
import io.meterhub.cabinet.identity.IdentifierKind;

import java.util.List;
import java.util.Locale;

/**
 * What is wrong with one field of a form.
 *
 * @param field the form field, e.g. {@code snils}, {@code cadastralNumber}
 * @param code  a message key (connection-messages, or connection-blocks-messages for identifiers)
 * @param args  the message's arguments; an {@link IdentifierKind} is shown by its name in the reader's language
 */
public record FieldProblem(String field, String code, List<Object> args) {
    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, List.of(args));
    }

    public String message(Locale locale) {
        Object[] shown = args.stream()
                .map(a -> a instanceof IdentifierKind kind ? Messages.format("identifier.kind." + kind.name(), locale) : a)
                .toArray();
        return Messages.format(code, locale, shown);
    }
}
