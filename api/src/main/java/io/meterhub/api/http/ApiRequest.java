package io.meterhub.api.http;

import java.util.Map;
import java.util.Optional;

/**
 * What an operation reads of a request that passed authentication and validation.
 *
 * @param path the path's parameters by the contract's names ({@code /webhooks/{subscriptionId}})
 */
public record ApiRequest(Caller caller, byte[] body, Map<String, String> query, Map<String, String> path) {
    public ApiRequest {
        query = Map.copyOf(query);
        path = Map.copyOf(path);
    }

    public ApiRequest(Caller caller, byte[] body, Map<String, String> query) {
        this(caller, body, query, Map.of());
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }

    /** A path parameter the contract declares for the operation: the router matched it, so it is there. */
    public String path(String name) {
        String value = path.get(name);
        if (value == null) {
            throw new IllegalStateException("the operation's path has no parameter " + name);
        }
        return value;
    }
}
