package io.meterhub.cabinet.accountaccess;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.regex.Pattern;

/**
 * The receipt's PIN: 4 to 12 digits, stored as a BCrypt hash. The cost is low on purpose: a data load hashes
 * thousands of them, and a short PIN's real protection is the lock of tries ({@link AttachLimits}).
 */
public final class Pins {
    private static final Pattern PIN = Pattern.compile("[0-9]{4,12}");
    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(6);

    private Pins() {
    }

    public static boolean valid(String pin) {
        return pin != null && PIN.matcher(pin.strip()).matches();
    }

    public static String hash(String pin) {
        if (!valid(pin)) {
            throw new IllegalArgumentException("a PIN is 4 to 12 digits");
        }
        return ENCODER.encode(pin.strip());
    }

    public static boolean matches(String pin, String hash) {
        return pin != null && hash != null && valid(pin) && ENCODER.matches(pin.strip(), hash);
    }
}
