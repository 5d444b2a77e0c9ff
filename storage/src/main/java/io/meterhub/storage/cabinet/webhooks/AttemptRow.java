package io.meterhub.storage.cabinet.webhooks;

import java.time.Instant;

/**
 * One POST of a delivery.
 *
 * @param statusCode      the receiver's HTTP status, null when no answer came
 * @param responseExcerpt the first bytes of its answer, as text
 * @param error           why no answer came (refused, timed out), or null
 */
public record AttemptRow(int number, Instant attemptedAt, int durationMs, Integer statusCode, String responseExcerpt, String error) {
}
