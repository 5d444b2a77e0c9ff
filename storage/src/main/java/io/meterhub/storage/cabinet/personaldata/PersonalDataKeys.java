package io.meterhub.storage.cabinet.personaldata;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The keys that protect SNILS and passport numbers at rest: {@value #VARIABLE} encrypts and decrypts,
 * {@value #PREVIOUS_VARIABLE} (set only while rotating) decrypts what the old key wrote. Each is Base64 of
 * 32 bytes ({@code openssl rand -base64 32}); each key's id (the first byte of its SHA-256, two hex digits)
 * is stored with every value, so a value says which key opens it.
 */
public record PersonalDataKeys(Key current, Optional<Key> previous) {
    public static final String VARIABLE = "MH_PD_KEY";
    public static final String PREVIOUS_VARIABLE = "MH_PD_KEY_PREVIOUS";
    static final int BYTES = 32;

    /** One AES-256 key and its id. */
    public record Key(String id, SecretKey secret) {
        static Key of(String variable, byte[] bytes) {
            if (bytes.length != BYTES) {
                throw new IllegalArgumentException(variable + " must be Base64 of exactly " + BYTES + " bytes (openssl rand -base64 32), got "
                        + bytes.length + " bytes");
            }
            return new Key(idOf(bytes), new SecretKeySpec(bytes, "AES"));
        }

        /** The key never goes into a log line. */
        @Override
        public String toString() {
            return "Key[" + id + "]";
        }
    }

    public PersonalDataKeys {
        if (previous.isPresent() && previous.get().id().equals(current.id())) {
            throw new IllegalArgumentException(PREVIOUS_VARIABLE + " has the same key id as " + VARIABLE
                    + " (the same key, or a one-in-256 clash): rotate to another freshly generated " + VARIABLE);
        }
    }

    /**
     * The keys of {@value #VARIABLE} and {@value #PREVIOUS_VARIABLE}; a missing or unusable one is refused with a message
     * that names the variable.
     */
    public static PersonalDataKeys fromEnvironment(Map<String, String> env) {
        String current = env.get(VARIABLE);
        if (current == null || current.isBlank()) {
            throw new IllegalArgumentException(VARIABLE + " is not set: the cabinet stores SNILS and passport numbers encrypted with it; "
                    + "set it to Base64 of 32 random bytes (openssl rand -base64 32), the same on every instance sharing the database");
        }
        String previous = env.get(PREVIOUS_VARIABLE);
        return new PersonalDataKeys(Key.of(VARIABLE, decode(VARIABLE, current)),
                previous == null || previous.isBlank() ? Optional.empty() : Optional.of(Key.of(PREVIOUS_VARIABLE, decode(PREVIOUS_VARIABLE, previous))));
    }

    /** Keys from raw bytes, for tests and the demo. */
    public static PersonalDataKeys of(byte[] current, byte[] previous) {
        return new PersonalDataKeys(Key.of(VARIABLE, current), previous == null ? Optional.empty() : Optional.of(Key.of(PREVIOUS_VARIABLE, previous)));
    }

    private static byte[] decode(String variable, String text) {
        try {
            return Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + " must be Base64 of " + BYTES + " bytes (openssl rand -base64 32)");
        }
    }

    static String idOf(byte[] key) {
        try {
            return HexFormat.of().toHexDigits(MessageDigest.getInstance("SHA-256").digest(key)[0]);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "PersonalDataKeys[current " + current.id() + previous.map(p -> ", previous " + p.id()).orElse("") + "]";
    }
}
