package io.meterhub.storage.telemetry;

import io.meterhub.protocols.text.SafeText;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Something that could not be accepted, with why. Every field is bounded, so one huge bad document
 * costs a few kilobytes per row, not its size per row: the whole payload travels on one row of its
 * document only ({@link #payload}), is stored once (by its hash), and the other rows carry its hash
 * and an excerpt.
 *
 * @param source         where it came from, for MQTT the topic
 * @param pointer        JSON pointer of the item in its payload, "" for the whole payload
 * @param reason         what is wrong, at most {@link #REASON_CHARS} characters
 * @param item           the refused item as JSON text, at most {@link #ITEM_CHARS} characters
 * @param payloadExcerpt the first {@link #EXCERPT_CHARS} characters of the payload
 * @param payloadSha256  the hash of the whole payload: the key of its stored copy
 * @param payload        the payload to store, on one row of its document; null on the others
 */
public record QuarantinedItem(String source, long receivedAt, String pointer, String reason, String item,
                              String payloadExcerpt, String payloadSha256, String payload) {
    public static final int REASON_CHARS = 1_000;
    public static final int ITEM_CHARS = 4_000;
    public static final int EXCERPT_CHARS = 1_000;
    public static final int POINTER_CHARS = 500;

    public QuarantinedItem {
        pointer = SafeText.excerpt(pointer, POINTER_CHARS);
        reason = SafeText.excerpt(reason, REASON_CHARS);
        item = SafeText.excerpt(item, ITEM_CHARS);
        payloadExcerpt = SafeText.excerpt(payloadExcerpt, EXCERPT_CHARS);
    }

    /** A refusal that is the only one of its payload, which it carries whole. */
    public static QuarantinedItem of(String source, long receivedAt, String pointer, String reason, String item, String payload) {
        return new QuarantinedItem(source, receivedAt, pointer, reason, item, payload, sha256(payload), payload);
    }

    public static String sha256(String payload) {
        return sha256(payload.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
