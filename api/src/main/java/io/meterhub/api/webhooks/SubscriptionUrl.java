package io.meterhub.api.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where deliveries may go: https anywhere, plain http only to this machine (a receiver under development), since a
 * delivery carries the organization's data and its signature proves the sender, not the secrecy of the line.
 */
final class SubscriptionUrl {
    static final int MAX_LENGTH = 2048;
    private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "[::1]");

    private SubscriptionUrl() {
    }

    /** What is wrong with it, in words for the developer, or empty when it may be used. */
    static Optional<String> problem(String url) {
        if (url.length() > MAX_LENGTH) {
            return Optional.of("the URL is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("\"" + url + "\" is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || host.isEmpty()) {
            return Optional.of("the URL must be absolute with a host, like https://erp.example.ru/meterhub/events");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("the URL must have no fragment (#...): it is never sent");
        }
        if (scheme.equals("https") || (scheme.equals("http") && (LOCAL.contains(host) || host.endsWith(".localhost")))) {
            return Optional.empty();
        }
        if (scheme.equals("http")) {
            return Optional.of("plain http is allowed only to localhost; use https for " + host);
        }
        return Optional.of("the URL must be https (or http://localhost...), got " + scheme + ":");
    }
}
