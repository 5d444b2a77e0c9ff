package io.meterhub.cabinet.identity;

import io.meterhub.cabinet.common.Messages;

import java.util.Locale;

/**
 * Why an identifier is refused.
 *
 * @param code a message key of {@code connection-blocks-messages.properties}
 * @param args the message's arguments; never the expected check digit, which would let anyone forge a number
 */
public record IdentifierProblem(IdentifierKind kind, String code, Object... args) {
    public static final String REQUIRED = "identifier.required";
    public static final String NOT_DIGITS = "identifier.notDigits";
    public static final String LENGTH = "identifier.length";
    public static final String CHECK_DIGIT = "identifier.checkDigit";
    /** An OGRN starts with 1 or 5, an OGRNIP with 3; other first digits mark other registry numbers. */
    public static final String OGRN_FIRST_DIGIT = "identifier.ogrn.firstDigit";
    public static final String OGRNIP_FIRST_DIGIT = "identifier.ogrnip.firstDigit";

    /** The message in the user's language, naming the identifier ("СНИЛС: ..."). */
    public String message(Locale locale) {
        Object[] shown = new Object[args.length + 1];
        shown[0] = Messages.format(IdentifierCheck.BUNDLE, "identifier.kind." + kind.name(), locale);
        System.arraycopy(args, 0, shown, 1, args.length);
        return Messages.format(IdentifierCheck.BUNDLE, code, locale, shown);
    }

    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
