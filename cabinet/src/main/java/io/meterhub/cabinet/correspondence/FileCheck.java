package io.meterhub.cabinet.correspondence;

import io.meterhub.cabinet.common.ValidationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What an upload really is, by its first bytes (a renamed file is not a PDF): PDF, JPEG or PNG only,
 * non-empty and within the size limit. Used by every feature that takes files (connection documents,
 * attachments of any thread).
 */
public final class FileCheck {
    /** The refusals; their texts are those the connection feature first showed for its documents. */
    public static final String EMPTY = "connection.document.empty";
    public static final String TOO_LARGE = "connection.document.too_large";
    public static final String TYPE = "connection.document.type";
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final int MAX_NAME = 200;

    private FileCheck() {
    }

    /** The content type of an acceptable upload; refuses anything else with a message naming the file. */
    public static String contentType(String fileName, byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ValidationException(EMPTY, fileName);
        }
        if (bytes.length > maxBytes) {
            throw new ValidationException(TOO_LARGE, fileName, megabytes(bytes.length), megabytes(maxBytes));
        }
        return detect(bytes).orElseThrow(() -> new ValidationException(TYPE, fileName));
    }

    public static Optional<String> detect(byte[] bytes) {
        if (startsWith(bytes, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    /** The name without any path a browser sent, shortened; "document" when none. */
    public static String fileName(String name) {
        if (name == null || name.isBlank()) {
            return "document";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").trim();
        if (base.isEmpty()) {
            return "document";
        }
        return base.length() > MAX_NAME ? base.substring(base.length() - MAX_NAME) : base;
    }

    /** The hex SHA-256 of the bytes, kept beside each stored file. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Megabytes with one decimal, a BigDecimal so that the message shows "1,5" in Russian. */
    private static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
