package io.meterhub.api.http;

import java.util.Map;
import java.util.Optional;

/**
 * What an operation reads of a request that passed authentication and validation.
 *
 * @param query   the query's parameters, and the path's (by the names the contract gives them)
 * @param headers the request's headers by lower-case name (the first value of each)
 */
public record ApiRequest(Caller caller, byte[] body, Map<String, String> query, Map<String, String> headers) {
    public ApiRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
    }

    public ApiRequest(Caller caller, byte[] body, Map<String, String> query) {
        this(caller, body, query, Map.of());
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }
}
