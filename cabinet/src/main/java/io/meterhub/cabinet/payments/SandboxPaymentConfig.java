package io.meterhub.cabinet.payments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sandbox provider's configuration: {@code MH_PAYMENT_SANDBOX_SECRET} (the HMAC-SHA256 key of
 * its callbacks, at least 32 characters) and {@code MH_PAYMENT_SANDBOX_CONFIRMATION_URL} (the
 * dashboard's "pay / decline" page; the provider's payment id is appended).
 */
public record SandboxPaymentConfig(String secret, String confirmationBaseUrl) {
    public static final int MIN_SECRET_LENGTH = 32;
    public static final String DEFAULT_CONFIRMATION_URL = "/sandbox/pay/";

    public SandboxPaymentConfig {
        List<String> problems = new ArrayList<>();
        if (secret == null || secret.isBlank()) {
            problems.add("MH_PAYMENT_SANDBOX_SECRET must be set: the key that signs the sandbox provider's payment callbacks "
                    + "(at least " + MIN_SECRET_LENGTH + " characters, e.g. from `openssl rand -hex 32`)");
        } else if (secret.length() < MIN_SECRET_LENGTH) {
            problems.add("MH_PAYMENT_SANDBOX_SECRET must be at least " + MIN_SECRET_LENGTH + " characters long, got "
                    + secret.length() + " (e.g. `openssl rand -hex 32`)");
        }
        if (confirmationBaseUrl == null || confirmationBaseUrl.isBlank()
                || !(confirmationBaseUrl.startsWith("/") || confirmationBaseUrl.startsWith("http://") || confirmationBaseUrl.startsWith("https://"))) {
            problems.add("MH_PAYMENT_SANDBOX_CONFIRMATION_URL must be a path such as " + DEFAULT_CONFIRMATION_URL
                    + " or an http(s) URL, got \"" + confirmationBaseUrl + "\"");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    public static SandboxPaymentConfig fromEnvironment(Map<String, String> env) {
        String url = env.get("MH_PAYMENT_SANDBOX_CONFIRMATION_URL");
        return new SandboxPaymentConfig(env.get("MH_PAYMENT_SANDBOX_SECRET"),
                url == null || url.isBlank() ? DEFAULT_CONFIRMATION_URL : url.trim());
    }

    /** Never print the secret. */
    @Override
    public String toString() {
        return "SandboxPaymentConfig[confirmationBaseUrl=" + confirmationBaseUrl + ", secret=***]";
    }
}
