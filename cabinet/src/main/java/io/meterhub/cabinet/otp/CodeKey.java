package io.meterhub.cabinet.otp;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The server's secret key for the codes' HMAC: a stolen table of code hashes cannot be tried offline without it (six
 * digits are a million guesses). {@code MH_OTP_KEY}: at least 32 bytes, Base64; every instance of the cabinet that
 * shares a database needs the same key. Without it a random key is made at start ({@link #ofThisProcess}): codes then pass only on the
 * instance that issued them and die with a restart (they live five minutes anyway), which suits one process, the demo.
 */
public record CodeKey(byte[] secret) {
    public static final String VARIABLE = "MH_OTP_KEY";
    private static final int MIN_BYTES = 32;

    public CodeKey {
        if (secret == null || secret.length < MIN_BYTES) {
            throw new IllegalArgumentException(VARIABLE + " must hold at least " + MIN_BYTES + " bytes");
        }
        secret = secret.clone();
    }

    /** One random key for the whole process, made on first use: every service of one process then agrees. */
    public static CodeKey ofThisProcess() {
        return ProcessKey.KEY;
    }

    private static final class ProcessKey {
        private static final CodeKey KEY = random();
    }

    public static CodeKey random() {
        byte[] bytes = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new CodeKey(bytes);
    }

    /** The key of {@value #VARIABLE}, or a random one when it is not set; a set but unusable one is refused, naming why. */
    public static CodeKey fromEnvironment(Map<String, String> env) {
        String text = env.get(VARIABLE);
        if (text == null || text.isBlank()) {
            return ofThisProcess();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(VARIABLE + " must be Base64 (e.g. openssl rand -base64 32)");
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException(VARIABLE + " must hold at least " + MIN_BYTES + " bytes, got " + bytes.length);
        }
        return new CodeKey(bytes);
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    /** The key never goes into a log line. */
    @Override
    public String toString() {
        return "CodeKey[hidden]";
    }
}
