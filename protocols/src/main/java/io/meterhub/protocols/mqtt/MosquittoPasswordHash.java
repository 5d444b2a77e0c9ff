package io.meterhub.protocols.mqtt;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A broker password hashed as Mosquitto 2's password file keeps it: {@code $7$101$<salt>$<hash>},
 * PBKDF2-HMAC-SHA512 over the UTF-8 password, a 12-byte salt and a 64-byte key, both in Base64.
 * Storing this form lets a controller registered in the panel log in to the demo's broker (which
 * checks it here) and to a production Mosquitto (whose password file takes the same line).
 */
public final class MosquittoPasswordHash {
    public static final int ITERATIONS = 101;
    private static final int SALT_BYTES = 12;
    private static final int KEY_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();

    private MosquittoPasswordHash() {
    }

    public static String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return format(ITERATIONS, salt, pbkdf2(password.getBytes(java.nio.charset.StandardCharsets.UTF_8), salt, ITERATIONS));
    }

    /** Whether the password matches a {@code $7$} hash; false for any other or malformed hash. */
    public static boolean matches(byte[] password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        String[] parts = hash.split("\\$");
        // "", "7", iterations, salt, key
        if (parts.length != 5 || !parts[0].isEmpty() || !"7".equals(parts[1])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[2]);
            byte[] salt = Base64.getDecoder().decode(parts[3]);
            byte[] expected = Base64.getDecoder().decode(parts[4]);
            if (iterations < 1 || iterations > 1_000_000 || expected.length != KEY_BITS / 8) {
                return false;
            }
            return MessageDigest.isEqual(expected, pbkdf2(password, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A random password of 24 URL-safe characters (144 bits), easy to paste into a controller's settings. */
    public static String newPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String format(int iterations, byte[] salt, byte[] key) {
        Base64.Encoder b64 = Base64.getEncoder();
        return "$7$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    private static byte[] pbkdf2(byte[] password, byte[] salt, int iterations) {
        // PBEKeySpec takes chars; PBKDF2WithHmacSHA512 encodes them as UTF-8, so decode the bytes the same way
        char[] chars = new String(password, java.nio.charset.StandardCharsets.UTF_8).toCharArray();
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(new PBEKeySpec(chars, salt, iterations, KEY_BITS))
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 is part of every Java 17", e);
        } finally {
            java.util.Arrays.fill(chars, '\0');
        }
    }
}
