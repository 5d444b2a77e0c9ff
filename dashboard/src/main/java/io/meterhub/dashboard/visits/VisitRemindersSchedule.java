package io.meterhub.dashboard.visits;

import io.meterhub.cabinet.visits.VisitReminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link VisitReminders} every few minutes on a thread of its own while the dashboard runs, with the clock's now.
 * A run that fails is logged and the next one tries again; a reminder is never sent twice (the visit's reminded_at), so
 * two dashboards may both run it. From the environment: {@code MH_VISIT_REMINDERS} ({@code on}, the default, or
 * {@code off}) and {@code MH_VISIT_REMINDERS_EVERY} (ISO-8601, default {@code PT10M}, at least one second).
 */
public final class VisitRemindersSchedule implements AutoCloseable {
    public static final String ENABLED_VARIABLE = "MH_VISIT_REMINDERS";
    public static final String EVERY_VARIABLE = "MH_VISIT_REMINDERS_EVERY";
    private static final Duration DEFAULT_EVERY = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(VisitRemindersSchedule.class);
    private final ScheduledExecutorService executor;

    private VisitRemindersSchedule(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    public static VisitRemindersSchedule start(VisitReminders reminders, Clock clock, Map<String, String> env) {
        String enabled = env.getOrDefault(ENABLED_VARIABLE, "on").strip().toLowerCase(Locale.ROOT);
        if (!enabled.equals("on") && !enabled.equals("off")) {
            throw new IllegalArgumentException(ENABLED_VARIABLE + " must be on or off, got \"" + env.get(ENABLED_VARIABLE) + "\"");
        }
        Duration every = every(env.get(EVERY_VARIABLE));
        if (enabled.equals("off")) {
            LOG.info("visit reminders are off ({}=off)", ENABLED_VARIABLE);
            return new VisitRemindersSchedule(null);
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "visit-reminders");
            thread.setDaemon(true);
            return thread;
        });
        long millis = every.toMillis();
        executor.scheduleWithFixedDelay(() -> {
            try {
                int sent = reminders.run(clock.instant());
                if (sent > 0) {
                    LOG.info("{} visit reminders sent", sent);
                }
            } catch (RuntimeException e) {
                LOG.error("reminding of tomorrow's visits failed; trying again in {} ms", millis, e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
        LOG.info("visit reminders every {}", every);
        return new VisitRemindersSchedule(executor);
    }

    private static Duration every(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_EVERY;
        }
        try {
            Duration every = Duration.parse(text.strip());
            if (every.compareTo(Duration.ofSeconds(1)) >= 0) {
                return every;
            }
        } catch (DateTimeParseException e) {
            // reported below with the value
        }
        throw new IllegalArgumentException(EVERY_VARIABLE + " must be an ISO-8601 duration of at least PT1S, such as PT10M, got \"" + text + "\"");
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
