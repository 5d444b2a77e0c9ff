package io.meterhub.api.http;

import io.meterhub.api.Contract;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Shows the router a file's body (CSV, XLSX) under the media type its copy of the contract names such
 * bodies ({@link Contract#routerMediaType}): its contract model reads neither type, and validates no file.
 * The operation reads the file's format from its bytes, so nothing is lost.
 */
public final class MediaTypeAliases implements Handler<RoutingContext> {
    @Override
    public void handle(RoutingContext ctx) {
        String alias = Contract.routerMediaType(ctx.request().getHeader("Content-Type"));
        if (alias != null) {
            ctx.request().headers().set("Content-Type", alias);
        }
        ctx.next();
    }
}
