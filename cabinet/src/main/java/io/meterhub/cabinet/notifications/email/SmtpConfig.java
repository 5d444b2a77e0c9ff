package io.meterhub.cabinet.notifications.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where email leaves: {@code MH_SMTP_HOST}, {@code MH_SMTP_PORT} (default 587), {@code MH_SMTP_FROM}
 * (the sender's address), {@code MH_SMTP_USERNAME} and {@code MH_SMTP_PASSWORD} (both or neither),
 * {@code MH_SMTP_STARTTLS} ({@code true}, the default, or {@code false} for a relay on the same host).
 */
public record SmtpConfig(String host, int port, String from, String username, String password, boolean startTls) {
    public static final int DEFAULT_PORT = 587;

    public SmtpConfig {
        List<String> problems = new ArrayList<>();
        if (host == null || host.isBlank()) {
            problems.add("MH_SMTP_HOST must be set: the SMTP server's name or address");
        }
        if (port < 1 || port > 65535) {
            problems.add("MH_SMTP_PORT must be a port number from 1 to 65535, got " + port);
        }
        if (from == null || !from.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add("MH_SMTP_FROM must be the sender's email address, such as noreply@example.ru, got \"" + from + "\"");
        }
        boolean hasUser = username != null && !username.isBlank();
        boolean hasPassword = password != null && !password.isEmpty();
        if (hasUser != hasPassword) {
            problems.add("MH_SMTP_USERNAME and MH_SMTP_PASSWORD go together: set both to log in to the server, or neither");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** Empty when {@code MH_SMTP_HOST} is not set: the cabinet then sends no email. */
    public static Optional<SmtpConfig> fromEnvironment(Map<String, String> env) {
        String host = env.get("MH_SMTP_HOST");
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new SmtpConfig(host.trim(), port(env.get("MH_SMTP_PORT")), trimmed(env.get("MH_SMTP_FROM")),
                trimmed(env.get("MH_SMTP_USERNAME")), env.get("MH_SMTP_PASSWORD"), startTls(env.get("MH_SMTP_STARTTLS"))));
    }

    public boolean authenticates() {
        return username != null && !username.isBlank();
    }

    private static int port(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("MH_SMTP_PORT must be a port number from 1 to 65535, got \"" + value + "\"");
        }
    }

    private static boolean startTls(String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("MH_SMTP_STARTTLS must be true or false, got \"" + value + "\"");
        };
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    /** Never print the password. */
    @Override
    public String toString() {
        return "SmtpConfig[host=" + host + ", port=" + port + ", from=" + from + ", username=" + username + ", password="
                + (password == null ? "none" : "***") + ", startTls=" + startTls + "]";
    }
}
