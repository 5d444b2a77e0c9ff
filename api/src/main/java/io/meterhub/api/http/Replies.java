package io.meterhub.api.http;

import io.meterhub.api.problem.Problem;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/** Writes answers to the client. */
public final class Replies {
    private Replies() {
    }

    public static void send(RoutingContext ctx, Answer answer) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(answer.status()).putHeader("Content-Type", answer.contentType());
        answer.headers().forEach(response::putHeader);
        response.end(Buffer.buffer(answer.body()));
    }

    public static void send(RoutingContext ctx, Problem problem) {
        send(ctx, Answer.problem(problem));
    }
}
