package io.meterhub.cabinet.twofactor;

import java.util.Locale;
import java.util.Map;

/**
 * Whether staff (operators and administrators) must have a second factor: {@code MH_STAFF_SECOND_FACTOR} = {@code required}
 * (the default: a staff member without one is sent to set up an authenticator right after the password) or
 * {@code optional}.
 */
public record SecondFactorPolicy(boolean staffRequired) {
    public static final String VARIABLE = "MH_STAFF_SECOND_FACTOR";
    public static final SecondFactorPolicy DEFAULTS = new SecondFactorPolicy(true);

    public static SecondFactorPolicy fromEnvironment(Map<String, String> env) {
        String text = env.get(VARIABLE);
        if (text == null || text.isBlank()) {
            return DEFAULTS;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "required" -> new SecondFactorPolicy(true);
            case "optional" -> new SecondFactorPolicy(false);
            default -> throw new IllegalArgumentException(VARIABLE + " must be required or optional, got \"" + text + "\"");
        };
    }
}
