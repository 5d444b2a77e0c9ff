package io.meterhub.cabinet.users;

import io.meterhub.cabinet.common.ValidationException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a password a person chooses must be: 10 characters at least and 128 at most, and at most 72 bytes in UTF-8
 * (BCrypt reads no further: a longer one would pass on its first 72 bytes alone), not the login, and not one of the
 * common passwords (also not one of them with digits added). Checked where a person sets a password: changing it and
 * the emailed link; logins created by staff or a seeder get an unknowable password or keep the older minimum of
 * {@code UserService} for now.
 */
public final class PasswordPolicy {
    public static final int MIN = 10;
    public static final int MAX = 128;
    public static final int MAX_BYTES = 72;
    public static final String TOO_SHORT = "user.password_too_short";
    public static final String TOO_LONG = "user.password_too_long_chars";
    public static final String TOO_MANY_BYTES = "user.password_too_long";
    public static final String IS_LOGIN = "user.password_is_login";
    public static final String COMMON = "user.password_common";
    private static final Set<String> COMMON_PASSWORDS = load();

    private PasswordPolicy() {
    }

    /** Refuses the password with the first rule it breaks. */
    public static void check(String login, String password) {
        String p = password == null ? "" : password;
        int length = p.codePointCount(0, p.length());
        if (length < MIN) {
            throw new ValidationException(TOO_SHORT, MIN);
        }
        if (length > MAX) {
            throw new ValidationException(TOO_LONG, MAX);
        }
        if (p.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ValidationException(TOO_MANY_BYTES, MAX_BYTES);
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (login != null && !login.isBlank() && lower.contains(login.strip().toLowerCase(Locale.ROOT))) {
            throw new ValidationException(IS_LOGIN);
        }
        String stem = lower.replaceAll("[0-9!.]+$", "");
        // "aaaaaaaaaa", "1212121212": two characters repeated are no password
        if (COMMON_PASSWORDS.contains(lower) || !stem.isEmpty() && COMMON_PASSWORDS.contains(stem) || lower.chars().distinct().count() <= 2) {
            throw new ValidationException(COMMON);
        }
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the cabinet's jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
