package io.meterhub.protocols.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads typed settings from environment variables and collects every problem, so that a wrong
 * start names all the bad variables at once instead of one per attempt.
 */
public final class EnvReader {
    private final Map<String, String> env;
    private final List<String> problems = new ArrayList<>();

    public EnvReader(Map<String, String> env) {
        this.env = env;
    }

    public String string(String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    public long number(String name, long fallback, long min, long max) {
        String text = env.get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value < min || value > max) {
                problems.add(name + " must be between " + min + " and " + max + ", got " + value);
                return fallback;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(name + " must be a whole number, got \"" + text + "\"");
            return fallback;
        }
    }

    public void problem(String message) {
        problems.add(message);
    }

    /** Throws one exception naming every bad variable, if there was any. */
    public void validate(String what) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid " + what + " configuration: " + String.join("; ", problems));
        }
    }
}
