package io.meterhub.api.http;

import java.util.Map;
import java.util.Optional;

/** What an operation reads of a request that passed authentication and validation. */
public record ApiRequest(Caller caller, byte[] body, Map<String, String> query) {
    public ApiRequest {
        query = Map.copyOf(query);
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }
}
