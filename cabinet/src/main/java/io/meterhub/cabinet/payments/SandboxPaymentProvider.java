package io.meterhub.cabinet.payments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A real in-process acquirer for the demo and the tests. It keeps its payments in memory, shows a
 * "pay / decline" page ({@link #confirmationPage(String)}) and, on the payer's choice
 * ({@link #confirm(String, boolean)}), produces the signed callback a real acquirer would POST:
 * <pre>{"event":"payment.succeeded","payment_id":"sbx_...","amount":"1234.56","currency":"RUB","idempotency_key":"..."}</pre>
 * signed with HMAC-SHA256 of the exact payload bytes (UTF-8) under {@code MH_PAYMENT_SANDBOX_SECRET},
 * as lowercase hex.
 */
public final class SandboxPaymentProvider implements PaymentProvider {
    public static final String NAME = "sandbox";
    /** The HTTP header a webhook endpoint reads the signature from, if the sandbox's callbacks go over HTTP. */
    public static final String SIGNATURE_HEADER = "X-Sandbox-Signature";
    public static final String EVENT_SUCCEEDED = "payment.succeeded";
    public static final String EVENT_CANCELED = "payment.canceled";
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}\\.\\d{2}");
    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Status { WAITING, SUCCEEDED, CANCELED }

    private record Entry(String id, BigDecimal amount, String description, String idempotencyKey, String returnUrl,
                         Status status, PaymentCallback callback) {
    }

    private final SandboxPaymentConfig config;
    private final byte[] secret;
    private final Map<String, Entry> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idByKey = new ConcurrentHashMap<>();

    public SandboxPaymentProvider(SandboxPaymentConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.secret = config.secret().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProviderPayment create(ProviderPaymentRequest request) {
        String id = idByKey.computeIfAbsent(request.idempotencyKey(), key -> {
            String newId = "sbx_" + UUID.randomUUID();
            byId.put(newId, new Entry(newId, request.amount(), request.description(), key, request.returnUrl(), Status.WAITING, null));
            return newId;
        });
        Entry entry = byId.get(id);
        if (entry.amount().compareTo(request.amount()) != 0) {
            throw new PaymentProviderException("idempotency key " + request.idempotencyKey() + " was used for another amount");
        }
        return new ProviderPayment(id, confirmationUrl(id));
    }

    public String confirmationUrl(String providerPaymentId) {
        return config.confirmationBaseUrl() + providerPaymentId;
    }

    /** The page where the payer pays or declines; throws when the id is unknown. */
    public SandboxConfirmationPage confirmationPage(String providerPaymentId) {
        Entry entry = entry(providerPaymentId);
        return new SandboxConfirmationPage(entry.id(), entry.amount(), "RUB", entry.description(), entry.returnUrl(), entry.status());
    }

    /**
     * The payer's choice: returns the signed callback to hand to {@code PaymentService.handleCallback}.
     * Asking again with the same choice sends the same callback again, as an acquirer retrying its
     * webhook would; the opposite choice after the first one is refused.
     */
    public synchronized PaymentCallback confirm(String providerPaymentId, boolean success) {
        Entry entry = entry(providerPaymentId);
        Status wanted = success ? Status.SUCCEEDED : Status.CANCELED;
        if (entry.status() != Status.WAITING) {
            if (entry.status() != wanted) {
                throw new IllegalStateException("sandbox payment " + providerPaymentId + " is " + entry.status() + " already");
            }
            return entry.callback();
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("event", success ? EVENT_SUCCEEDED : EVENT_CANCELED);
        body.put("payment_id", entry.id());
        body.put("amount", Amounts.plain(entry.amount()));
        body.put("currency", "RUB");
        body.put("idempotency_key", entry.idempotencyKey());
        String payload = body.toString();
        PaymentCallback callback = new PaymentCallback(payload, sign(payload));
        byId.put(entry.id(), new Entry(entry.id(), entry.amount(), entry.description(), entry.idempotencyKey(), entry.returnUrl(), wanted, callback));
        return callback;
    }

    /** HMAC-SHA256 of the payload's UTF-8 bytes, lowercase hex. */
    public String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public boolean verify(PaymentCallback callback) {
        if (callback == null || callback.payload() == null || callback.signature() == null) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(callback.signature().trim().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] expected = HexFormat.of().parseHex(sign(callback.payload()));
        return MessageDigest.isEqual(expected, given);
    }

    @Override
    public ProviderEvent parse(PaymentCallback callback) {
        JsonNode body;
        try {
            body = JSON.readTree(callback.payload());
        } catch (Exception e) {
            throw new MalformedCallbackException("the payload is not JSON", e);
        }
        if (body == null || !body.isObject()) {
            throw new MalformedCallbackException("the payload is not a JSON object");
        }
        String event = text(body, "event");
        ProviderEvent.Type type = switch (event) {
            case EVENT_SUCCEEDED -> ProviderEvent.Type.SUCCEEDED;
            case EVENT_CANCELED -> ProviderEvent.Type.CANCELED;
            default -> throw new MalformedCallbackException("unknown event \"" + event + "\"");
        };
        String amount = text(body, "amount");
        if (!AMOUNT.matcher(amount).matches()) {
            throw new MalformedCallbackException("amount \"" + amount + "\" is not roubles with two decimals");
        }
        JsonNode key = body.get("idempotency_key");
        return new ProviderEvent(type, text(body, "payment_id"), new BigDecimal(amount), text(body, "currency"),
                key == null || key.isNull() ? null : key.asText());
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new MalformedCallbackException("field \"" + field + "\" is missing or not a string");
        }
        return node.asText();
    }

    private Entry entry(String providerPaymentId) {
        Entry entry = providerPaymentId == null ? null : byId.get(providerPaymentId);
        if (entry == null) {
            throw new IllegalArgumentException("no sandbox payment " + providerPaymentId);
        }
        return entry;
    }
}
