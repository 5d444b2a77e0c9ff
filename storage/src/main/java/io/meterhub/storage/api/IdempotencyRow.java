package io.meterhub.storage.api;

/**
 * A request made with an Idempotency-Key and, once answered, its answer.
 *
 * @param status null while the first request is still being answered
 */
public record IdempotencyRow(String operation, byte[] requestSha256, Integer status, String contentType, byte[] body) {
    public boolean answered() {
        return status != null;
    }
}
