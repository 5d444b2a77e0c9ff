package io.meterhub.storage.cabinet.personaldata;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Encrypts one personal data value for its column: AES-256-GCM with a fresh random 12-byte nonce, the
 * column's name as associated data (a value copied into another column does not open), stored as text
 * {@code pd1:<key id>:<Base64 of nonce and ciphertext>}. The prefix names the format version and the key,
 * so a reader picks the current or the previous key, and the re-encryption finds what is not yet under the
 * current one. A value without the prefix is one stored in clear before encryption came: it reads as it
 * is until {@link PersonalDataReencryption} encrypts it.
 */
public final class PersonalDataCipher {
    /** The columns it protects, named as their associated data. */
    public static final String SNILS = "customer.snils";
    public static final String PASSPORT = "customer.passport";
    static final String PREFIX = "pd1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static volatile PersonalDataCipher process;

    private final PersonalDataKeys keys;

    public PersonalDataCipher(PersonalDataKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /**
     * The cipher of this process, from {@value PersonalDataKeys#VARIABLE} (and {@value PersonalDataKeys#PREVIOUS_VARIABLE})
     * in the environment, or in system properties of those names (how {@code meterhub demo} gives its fixed demo key).
     * Read once; a missing or wrong key fails here, with the variable's name.
     */
    public static PersonalDataCipher ofProcess() {
        PersonalDataCipher cipher = process;
        if (cipher == null) {
            synchronized (PersonalDataCipher.class) {
                if (process == null) {
                    process = new PersonalDataCipher(PersonalDataKeys.fromEnvironment(environment()));
                }
                cipher = process;
            }
        }
        return cipher;
    }

    private static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        for (String name : new String[]{PersonalDataKeys.VARIABLE, PersonalDataKeys.PREVIOUS_VARIABLE}) {
            Optional.ofNullable(System.getenv(name)).or(() -> Optional.ofNullable(System.getProperty(name))).ifPresent(v -> env.put(name, v));
        }
        return env;
    }

    /** The stored form of {@code clear} in {@code column} (for example {@code customer.snils}); null stays null. */
    public String encrypt(String column, String clear) {
        if (clear == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.current().secret(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + keys.current().id() + ":" + Base64.getEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The clear value of a stored one; a value stored in clear (no prefix) comes back as it is, null stays null. */
    public String decrypt(String column, String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new IllegalStateException("a value of " + column + " is damaged: no key id");
        }
        String keyId = stored.substring(PREFIX.length(), colon);
        PersonalDataKeys.Key key = keyOf(keyId).orElseThrow(() -> new IllegalStateException("a value of " + column + " is encrypted under key "
                + keyId + ", which is neither " + PersonalDataKeys.VARIABLE + " (" + keys.current().id() + ") nor "
                + PersonalDataKeys.PREVIOUS_VARIABLE + keys.previous().map(p -> " (" + p.id() + ")").orElse(" (not set)")));
        byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("a value of " + column + " does not open under key " + keyId + ": damaged or moved from another column");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Whether a stored value is in clear or under a key other than the current one. */
    public boolean needsReencryption(String stored) {
        return stored != null && !stored.startsWith(currentPrefix());
    }

    /** The prefix of every value written under the current key. */
    public String currentPrefix() {
        return PREFIX + keys.current().id() + ":";
    }

    private Optional<PersonalDataKeys.Key> keyOf(String id) {
        if (keys.current().id().equals(id)) {
            return Optional.of(keys.current());
        }
        return keys.previous().filter(p -> p.id().equals(id));
    }

    @Override
    public String toString() {
        return "PersonalDataCipher[" + keys + "]";
    }
}
