package io.meterhub.api.http;

import io.meterhub.cabinet.apikeys.ApiKey;
import io.vertx.ext.web.RoutingContext;

/** Whose key a request carries; the authentication handler puts it in the request's context. */
public record Caller(ApiKey key) {
    private static final String KEY = "meterhub.caller";

    public String organizationId() {
        return key.organizationId();
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
