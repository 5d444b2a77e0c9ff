package io.meterhub.api.webhooks;

import io.meterhub.protocols.config.EnvReader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How webhooks are delivered. From the environment: {@code MH_WEBHOOK_RETRY_BASE_MS} (30000), the wait after the
 * first failed attempt, doubled after each next one; {@code MH_WEBHOOK_TIMEOUT_MS} (10000), how long a receiver may
 * take to answer. The retry window (24 h) and the poll interval (1 s) are fixed in production; tests shorten them.
 *
 * @param retryWindow  retries end this long after the delivery was made; its last attempt is then
 * @param pollInterval how often the dispatcher looks for due deliveries and new events
 */
public record WebhookConfig(Duration retryBase, Duration retryWindow, Duration timeout, Duration pollInterval) {
    public static final Duration RETRY_WINDOW = Duration.ofHours(24);

    public WebhookConfig {
        List<String> problems = new ArrayList<>();
        if (retryBase == null || retryBase.toMillis() < 10 || retryBase.compareTo(Duration.ofHours(1)) > 0) {
            problems.add("MH_WEBHOOK_RETRY_BASE_MS must be 10 to 3600000 ms, got " + (retryBase == null ? null : retryBase.toMillis()));
        }
        if (timeout == null || timeout.toMillis() < 100 || timeout.compareTo(Duration.ofMinutes(1)) > 0) {
            problems.add("MH_WEBHOOK_TIMEOUT_MS must be 100 to 60000 ms, got " + (timeout == null ? null : timeout.toMillis()));
        }
        if (retryWindow == null || retryWindow.isNegative() || retryWindow.compareTo(Duration.ofDays(7)) > 0) {
            problems.add("the webhooks' retry window must be 0 to 7 days, got " + retryWindow);
        }
        if (pollInterval == null || pollInterval.toMillis() < 10 || pollInterval.compareTo(Duration.ofMinutes(1)) > 0) {
            problems.add("the webhooks' poll interval must be 10 ms to 1 min, got " + pollInterval);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid webhook configuration: " + String.join("; ", problems));
        }
    }

    public static WebhookConfig defaults() {
        return new WebhookConfig(Duration.ofSeconds(30), RETRY_WINDOW, Duration.ofSeconds(10), Duration.ofSeconds(1));
    }

    /** Reads its variables through the API's reader, which names every wrong variable at once. */
    public static WebhookConfig from(EnvReader read) {
        long base = read.number("MH_WEBHOOK_RETRY_BASE_MS", 30_000, 10, 3_600_000);
        long timeout = read.number("MH_WEBHOOK_TIMEOUT_MS", 10_000, 100, 60_000);
        return new WebhookConfig(Duration.ofMillis(base), RETRY_WINDOW, Duration.ofMillis(timeout), Duration.ofSeconds(1));
    }

    public RetrySchedule schedule() {
        return new RetrySchedule(retryBase, retryWindow);
    }
}
