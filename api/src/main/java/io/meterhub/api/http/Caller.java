package io.meterhub.api.http;

import io.meterhub.cabinet.apikeys.ApiKey;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/**
 * Whose key a request carries, and the organizations it may act for: its own (always first) and, when
 * the key is granted them, its sub-organizations. The authentication handler puts it in the request's context.
 */
public record Caller(ApiKey key, List<String> organizations) {
    private static final String KEY = "meterhub.caller";

    public Caller {
        organizations = List.copyOf(organizations);
        if (organizations.isEmpty() || !organizations.get(0).equals(key.organizationId())) {
            throw new IllegalArgumentException("a key acts for its own organization first: " + key.organizationId() + ", not " + organizations);
        }
    }

    /** A caller that acts for the key's own organization alone. */
    public Caller(ApiKey key) {
        this(key, List.of(key.organizationId()));
    }

    public String organizationId() {
        return key.organizationId();
    }

    /** Whether the key may act for this organization. */
    public boolean actsFor(String organizationId) {
        return organizations.contains(organizationId);
    }

    void attachTo(RoutingContext ctx) {
        ctx.put(KEY, this);
    }

    public static Caller of(RoutingContext ctx) {
        Caller caller = ctx.get(KEY);
        if (caller == null) {
            throw new IllegalStateException("no caller: the operation's route is not behind the authentication handler");
        }
        return caller;
    }
}
