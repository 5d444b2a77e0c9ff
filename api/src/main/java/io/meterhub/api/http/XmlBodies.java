package io.meterhub.api.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import java.util.Locale;

/**
 * Vert.x's contract model validates no XML body: the router's copy of the contract names XML
 * bodies {@link #IN_ROUTER} ({@code Contract#forRouter()}), and this relabels an XML
 * request the same way before validation, so that it reaches its operation as the bytes it is.
 */
public final class XmlBodies implements Handler<RoutingContext> {
    /** The media type the router's copy of the contract gives XML bodies: bytes, without a schema. */
    public static final String IN_ROUTER = "application/octet-stream";

    @Override
    public void handle(RoutingContext ctx) {
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type != null) {
            String media = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            if (media.equals("application/xml") || media.equals("text/xml")) {
                ctx.request().headers().set(HttpHeaders.CONTENT_TYPE, IN_ROUTER);
            }
        }
        ctx.next();
    }
}
