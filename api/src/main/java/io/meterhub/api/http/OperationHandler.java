package io.meterhub.api.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

import java.util.HashMap;
import java.util.Map;

/**
 * Runs an operation off the event loop, behind Idempotency-Key for the methods that write, and
 * answers it; a failure goes to the failure handler.
 */
public final class OperationHandler implements Handler<RoutingContext> {
    private final String operationId;
    private final Operation operation;
    private final Idempotency idempotency;

    public OperationHandler(String operationId, Operation operation, Idempotency idempotency) {
        this.operationId = operationId;
        this.operation = operation;
        this.idempotency = idempotency;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Caller caller = Caller.of(ctx);
        byte[] body = ctx.body() == null || ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
        Map<String, String> query = new HashMap<>();
        ctx.queryParams().forEach(entry -> query.putIfAbsent(entry.getKey(), entry.getValue()));
        ctx.pathParams().forEach(query::putIfAbsent);
        Map<String, String> headers = new HashMap<>();
        ctx.request().headers().forEach(entry -> headers.putIfAbsent(entry.getKey().toLowerCase(java.util.Locale.ROOT), entry.getValue()));
        HttpMethod method = ctx.request().method();
        String key = method == HttpMethod.POST || method == HttpMethod.PUT ? ctx.request().getHeader("Idempotency-Key") : null;
        ApiRequest request = new ApiRequest(caller, body, query, headers);
        ctx.vertx().executeBlocking(() -> idempotency.run(caller.organizationId(), key, operationId, body, () -> operation.answer(request)), false)
                .onSuccess(answer -> Replies.send(ctx, answer))
                .onFailure(ctx::fail);
    }
}
