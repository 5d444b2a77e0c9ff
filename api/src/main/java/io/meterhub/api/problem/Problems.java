package io.meterhub.api.problem;

import java.util.List;

/** The problems this API answers, one place for their types and titles (docs/api.md lists them). */
public final class Problems {
    private Problems() {
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return Problem.of("invalid-request", "The request does not follow the API contract", 400, detail).withErrors(errors);
    }

    public static Problem unauthorized(String detail) {
        return Problem.of("unauthorized", "No valid API key", 401, detail);
    }

    public static Problem forbidden(String detail) {
        return Problem.of("forbidden", "The API key may not do this", 403, detail);
    }

    public static Problem notFound(String path) {
        return Problem.of("not-found", "No such resource", 404, "nothing is at " + path + "; the contract is at /api/v1/openapi.yaml");
    }

    public static Problem methodNotAllowed(String method, String path) {
        return Problem.of("method-not-allowed", "Method not allowed", 405, method + " is not an operation of " + path
                + "; the contract is at /api/v1/openapi.yaml");
    }

    public static Problem inProgress() {
        return Problem.of("idempotency-in-progress", "A request with this Idempotency-Key is still being answered", 409,
                "wait for the first request's answer, then send it again to get the same answer");
    }

    public static Problem tooLarge(long limitBytes) {
        return Problem.of("body-too-large", "The body is too large", 413, "this server accepts bodies of at most " + limitBytes
                + " bytes (MH_API_MAX_BODY_MB); split the request");
    }

    public static Problem idempotencyMismatch() {
        return Problem.of("idempotency-key-reused", "This Idempotency-Key was used for another request", 422,
                "a repeat must carry the same body as the first request with this key; use a new key for a new request");
    }

    public static Problem nothingAccepted(List<FieldError> errors) {
        return Problem.of("nothing-accepted", "No item of the request was accepted", 422, "every item was refused; nothing was written"
                + " or published").withErrors(errors);
    }

    /** A file that cannot be loaded as a whole (unreadable, without a required column, without rows): nothing of it was written. */
    public static Problem fileRefused(String detail) {
        return Problem.of("file-refused", "The file cannot be loaded", 422, detail);
    }

    public static Problem tooManyRequests(long retryAfterSeconds) {
        return Problem.of("rate-limited", "Too many requests for this API key", 429, "try again in " + retryAfterSeconds + " s");
    }

    public static Problem internal() {
        return Problem.of("internal", "The server failed", 500, "the failure is logged; if it persists, tell the operator the time of the request");
    }

    public static Problem unavailable(String detail) {
        return Problem.of("unavailable", "A service the API needs is not available", 503, detail);
    }

    /** Any other client error the HTTP layer raises, with the code's own reason phrase. */
    public static Problem status(int status, String reason) {
        return Problem.of("http-" + status, reason, status, reason);
    }
}
