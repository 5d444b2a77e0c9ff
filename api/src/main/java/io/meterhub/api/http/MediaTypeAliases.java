package io.meterhub.api.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import java.util.function.UnaryOperator;

/**
 * Shows the router a file's body (CSV, XLSX) under the media type its copy of the contract names such
 * bodies: its contract model reads neither type, and validates no file. The operation reads the file's
 * format from its bytes, so nothing is lost.
 */
public final class MediaTypeAliases implements Handler<RoutingContext> {
    private final UnaryOperator<String> aliasOf;

    /** @param aliasOf the router's name of a request's content type, or null when the router reads that type itself */
    public MediaTypeAliases(UnaryOperator<String> aliasOf) {
        this.aliasOf = aliasOf;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String alias = aliasOf.apply(ctx.request().getHeader("Content-Type"));
        if (alias != null) {
            ctx.request().headers().set("Content-Type", alias);
        }
        ctx.next();
    }
}
