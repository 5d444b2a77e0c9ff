package io.meterhub.api.webhooks;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {
    private static final Instant MADE = Instant.parse("2026-12-03T10:00:00Z");

    /** The attempts of a receiver that is down all day and fails each at once. */
    private static List<Instant> attemptsOfADeadReceiver(RetrySchedule schedule) {
        List<Instant> attempts = new ArrayList<>(List.of(MADE));
        Optional<Instant> next = schedule.next(1, MADE, MADE);
        while (next.isPresent()) {
            attempts.add(next.get());
            next = schedule.next(attempts.size(), MADE, next.get());
        }
        return attempts;
    }

    @Test
    void the_waits_double_from_the_base_and_the_last_attempt_comes_24_hours_after_the_delivery_was_made() {
        List<Instant> attempts = attemptsOfADeadReceiver(WebhookConfig.defaults().schedule());

        assertThat(attempts).hasSize(13);
        assertThat(Duration.between(attempts.get(0), attempts.get(1))).isEqualTo(Duration.ofSeconds(30));
        assertThat(Duration.between(attempts.get(1), attempts.get(2))).isEqualTo(Duration.ofMinutes(1));
        assertThat(Duration.between(attempts.get(2), attempts.get(3))).isEqualTo(Duration.ofMinutes(2));
        assertThat(Duration.between(attempts.get(10), attempts.get(11))).isEqualTo(Duration.ofSeconds(30 * 1024));
        assertThat(attempts.get(12)).isEqualTo(MADE.plus(Duration.ofHours(24)));
    }

    @Test
    void any_base_ends_at_the_window_and_a_huge_attempt_count_does_not_overflow() {
        RetrySchedule slow = new RetrySchedule(Duration.ofHours(1), Duration.ofHours(24));
        List<Instant> attempts = attemptsOfADeadReceiver(slow);

        assertThat(attempts).last().isEqualTo(MADE.plus(Duration.ofHours(24)));
        assertThat(attempts).hasSize(6); // 0, 1, 3, 7, 15 h, then 24 h (31 h would be past the end), then given up
        assertThat(slow.next(5_000, MADE, MADE.plusSeconds(1))).hasValue(MADE.plus(Duration.ofHours(24)));
        assertThat(slow.next(2, MADE, MADE.plus(Duration.ofHours(24)))).isEmpty();
    }
}
