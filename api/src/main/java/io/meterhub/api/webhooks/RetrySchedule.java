package io.meterhub.api.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exponential backoff within a window: after the n-th failed attempt the next one waits {@code base × 2^(n-1)},
 * but never past the window's end, so that the last attempt comes at the end of the window (24 h after the
 * delivery was made) whatever the base; an attempt failed at or after the end gives the delivery up.
 */
public record RetrySchedule(Duration base, Duration window) {

    /**
     * @param attemptsMade the attempts made so far, the failed one included (1 after the first)
     * @return when to try again, or empty when the delivery is given up
     */
    public Optional<Instant> next(int attemptsMade, Instant createdAt, Instant now) {
        Instant end = createdAt.plus(window);
        if (!now.isBefore(end)) {
            return Optional.empty();
        }
        // past 2^30 times any base the window has long ended: the cap keeps the arithmetic from overflowing
        Duration wait = base.multipliedBy(1L << Math.min(Math.max(attemptsMade - 1, 0), 30));
        Instant next = now.plus(wait);
        return Optional.of(next.isAfter(end) ? end : next);
    }
}
