package io.meterhub.api.webhooks;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * {@code Meterhub-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}. The time is signed with
 * the body, so a receiver that refuses a signature older than its tolerance refuses a recorded delivery played again
 * later; the version tag lets a second scheme be added beside v1 without breaking receivers.
 */
public final class WebhookSignature {
    public static final String HEADER = "Meterhub-Signature";
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private WebhookSignature() {
    }

    public static String header(String secret, Instant at, byte[] body) {
        long t = at.getEpochSecond();
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(hmac(secret, t, body));
    }

    /** What a receiver does: the v1 signature is the body's with this secret, and its time is within the tolerance of now. */
    public static boolean verify(String secret, String header, byte[] body, Instant now, Duration tolerance) {
        if (header == null) {
            return false;
        }
        Long t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t") && pair[1].matches("\\d{1,12}")) {
                t = Long.parseLong(pair[1]);
            } else if (pair.length == 2 && pair[0].equals("v1") && pair[1].matches("[0-9a-f]{64}")) {
                v1 = pair[1];
            }
        }
        if (t == null || v1 == null || Duration.between(Instant.ofEpochSecond(t), now).abs().compareTo(tolerance) > 0) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, t, body), HexFormat.of().parseHex(v1));
    }

    private static byte[] hmac(String secret, long t, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
