package io.meterhub.api.http;

import java.util.Map;
import java.util.Optional;

/**
 * What an operation reads of a request that passed authentication and validation.
 *
 * @param path    the path's parameters by name ({@code /meters/{id}})
 * @param headers the headers an operation reads, by lower-case name
 */
public record ApiRequest(Caller caller, byte[] body, Map<String, String> query, Map<String, String> path, Map<String, String> headers) {
    public ApiRequest {
        query = Map.copyOf(query);
        path = Map.copyOf(path);
        headers = Map.copyOf(headers);
    }

    public ApiRequest(Caller caller, byte[] body, Map<String, String> query) {
        this(caller, body, query, Map.of(), Map.of());
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }

    /** A path parameter; the router matched the path, so it is there. */
    public String path(String name) {
        String value = path.get(name);
        if (value == null) {
            throw new IllegalStateException("no path parameter " + name + " in this operation's path");
        }
        return value;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }
}
