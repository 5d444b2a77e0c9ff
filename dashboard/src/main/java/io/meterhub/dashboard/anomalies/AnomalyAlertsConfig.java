package io.meterhub.dashboard.anomalies;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How often the dashboard announces new HIGH anomalies to the operators on duty.
 *
 * <p>From the environment: {@code MH_ANOMALY_ALERTS} ({@code on}, the default, or {@code off}: another
 * instance, or nobody, announces them) and {@code MH_ANOMALY_ALERTS_EVERY} (ISO-8601, default
 * {@code PT5S}, at least one second).
 */
public record AnomalyAlertsConfig(boolean enabled, Duration every) {
    public static final String ENABLED_VARIABLE = "MH_ANOMALY_ALERTS";
    public static final String EVERY_VARIABLE = "MH_ANOMALY_ALERTS_EVERY";
    public static final Duration DEFAULT_EVERY = Duration.ofSeconds(5);

    public AnomalyAlertsConfig {
        if (every == null || every.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException(EVERY_VARIABLE + " must be at least PT1S, got " + every);
        }
    }

    public static AnomalyAlertsConfig off() {
        return new AnomalyAlertsConfig(false, DEFAULT_EVERY);
    }

    /** Every problem reported at once. */
    public static AnomalyAlertsConfig fromEnvironment(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        boolean enabled = true;
        String switchText = env.get(ENABLED_VARIABLE);
        if (switchText != null && !switchText.isBlank()) {
            switch (switchText.trim().toLowerCase(Locale.ROOT)) {
                case "on", "true", "yes" -> enabled = true;
                case "off", "false", "no" -> enabled = false;
                default -> problems.add(ENABLED_VARIABLE + " must be on or off, got \"" + switchText + "\"");
            }
        }
        Duration every = DEFAULT_EVERY;
        String everyText = env.get(EVERY_VARIABLE);
        if (everyText != null && !everyText.isBlank()) {
            try {
                every = Duration.parse(everyText.trim());
                if (every.compareTo(Duration.ofSeconds(1)) < 0) {
                    problems.add(EVERY_VARIABLE + " must be at least PT1S, got " + everyText);
                }
            } catch (DateTimeParseException e) {
                problems.add(EVERY_VARIABLE + " must be an ISO-8601 duration such as PT5S, got \"" + everyText + "\"");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("anomaly alerts configuration: " + String.join("; ", problems));
        }
        return new AnomalyAlertsConfig(enabled, every);
    }
}
