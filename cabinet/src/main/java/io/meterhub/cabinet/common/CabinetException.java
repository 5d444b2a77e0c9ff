package io.meterhub.cabinet.common;

import java.util.List;
import java.util.Locale;

/**
 * A refusal the user can read: a message key (see cabinet-messages.properties) with its arguments,
 * translated by the dashboard. The exception's own text is the English message, for logs and tests.
 */
public abstract class CabinetException extends RuntimeException {
    private final String code;
    private final List<Object> args;

    protected CabinetException(String code, Object... args) {
        super(Messages.format(code, Locale.ENGLISH, args), null, false, false);
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    /** The message in the user's language. */
    public String message(Locale locale) {
        return Messages.format(code, locale, args.toArray());
    }
}
