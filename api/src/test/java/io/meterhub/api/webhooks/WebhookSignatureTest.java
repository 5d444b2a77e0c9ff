package io.meterhub.api.webhooks;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {
    private static final String SECRET = "whsec_test";
    private static final byte[] BODY = "{\"id\":\"e1\",\"type\":\"webhook.test\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void the_signature_is_the_hmac_of_the_time_and_the_body_as_openssl_computes_it() {
        // printf '%s' '1796292000.{"id":"e1","type":"webhook.test"}' | openssl dgst -sha256 -hmac whsec_test
        assertThat(WebhookSignature.header(SECRET, AT, BODY)).isEqualTo("t=1796292000,v1=33668ef1ecd0cd1ce92a8af4db349c4f60ab7d336691c06a67e266469de76952");
    }

    @Test
    void a_changed_body_another_secret_or_an_old_time_is_refused() {
        String header = WebhookSignature.header(SECRET, AT, BODY);

        assertThat(WebhookSignature.verify(SECRET, header, BODY, AT.plusSeconds(60), WebhookSignature.TOLERANCE)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, header, "{}".getBytes(StandardCharsets.UTF_8), AT, WebhookSignature.TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify("whsec_other", header, BODY, AT, WebhookSignature.TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, header, BODY, AT.plus(Duration.ofMinutes(6)), WebhookSignature.TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "t=abc,v1=zz", BODY, AT, WebhookSignature.TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, null, BODY, AT, WebhookSignature.TOLERANCE)).isFalse();
    }
}
