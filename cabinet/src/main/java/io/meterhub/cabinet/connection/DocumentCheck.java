package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.common.ValidationException;

import java.util.Optional;

/**
 * What an upload really is, by its first bytes (a renamed file is not a PDF): PDF, JPEG or PNG only,
 * non-empty and within the size limit.
 */
public final class DocumentCheck {
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final int MAX_NAME = 200;

    private DocumentCheck() {
    }

    /** The content type of an acceptable upload; refuses anything else with a message naming the file. */
    public static String contentType(String fileName, byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ValidationException(ConnectionError.DOCUMENT_EMPTY.code(), fileName);
        }
        if (bytes.length > maxBytes) {
            throw new ValidationException(ConnectionError.DOCUMENT_TOO_LARGE.code(), fileName, megabytes(bytes.length),
                    megabytes(maxBytes));
        }
        return detect(bytes).orElseThrow(() -> new ValidationException(ConnectionError.DOCUMENT_TYPE.code(), fileName));
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
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A document to store: its hash computed here, so that every stored file has one. */
    static io.meterhub.storage.cabinet.connection.NewDocumentRow stored(long applicationId, Long messageId, DocumentKind kind, String fileName,
                                                                       String contentType, byte[] bytes, java.time.Instant at, long userId,
                                                                       AuthorSide side) {
        return new io.meterhub.storage.cabinet.connection.NewDocumentRow(applicationId, messageId, kind.name(), fileName, contentType, bytes,
                sha256(bytes), at, userId, side.name());
    }

    /** Megabytes with one decimal, a BigDecimal so that the message shows "1,5" in Russian. */
    private static java.math.BigDecimal megabytes(long bytes) {
        return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024), 1, java.math.RoundingMode.HALF_UP);
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
