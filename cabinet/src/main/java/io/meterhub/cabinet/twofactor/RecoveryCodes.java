package io.meterhub.cabinet.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes: {@value #COUNT} random codes of 12 Base32 characters (60 bits) written as {@code xxxx-xxxx-xxxx}. Only a
 * SHA-256 of the user and the code is kept: 60 random bits need no slow hash, and the user binds a hash to its row.
 */
final class RecoveryCodes {
    static final int COUNT = 10;
    private static final int LENGTH = 12;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < LENGTH; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** What a recovery code looks like once dashes and blanks are dropped: 12 letters and digits 2–7. */
    static boolean looksLikeOne(String typed) {
        String normal = normalize(typed);
        return normal.length() == LENGTH && normal.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    static byte[] hash(long userId, String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((userId + ":" + normalize(code)).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalize(String code) {
        return code == null ? "" : code.replace("-", "").replace(" ", "").strip().toLowerCase(Locale.ROOT);
    }
}
