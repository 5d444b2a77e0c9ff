package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.common.Messages;
import io.meterhub.cabinet.common.ValidationException;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A submission refused for what it lacks, every item named. */
public final class ApplicationIncompleteException extends ValidationException {
    private final List<MissingItem> missing;

    public ApplicationIncompleteException(List<MissingItem> missing) {
        super(ConnectionError.INCOMPLETE.code(), list(missing, Locale.ENGLISH));
        this.missing = List.copyOf(missing);
    }

    public List<MissingItem> missing() {
        return missing;
    }

    @Override
    public String message(Locale locale) {
        return Messages.format(code(), locale, list(missing, locale));
    }

    private static String list(List<MissingItem> missing, Locale locale) {
        return missing.stream().map(m -> m.message(locale)).collect(Collectors.joining(", "));
    }
}
