package io.meterhub.api.http;

import io.meterhub.cabinet.apikeys.ApiKey;
import io.meterhub.cabinet.apikeys.ApiKeys;
import io.meterhub.cabinet.apikeys.Scope;
import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the key, its scopes and its rate before the router validates the request, so that a stranger
 * learns nothing of the contract's details from its refusals and costs no validation. The scopes an
 * operation needs are read from the contract's security requirements (any one requirement is enough);
 * an operation with none ({@code security: []}) is public, one with a requirement but no scopes takes any valid key.
 */
public final class Authentication implements Handler<RoutingContext> {
    private final OpenAPIContract contract;
    private final ApiKeys keys;
    private final RateLimiter limiter;
    private final Map<String, Set<Scope>> scopesByOperation = new HashMap<>();
    private final Set<String> publicOperations = new HashSet<>();

    /**
     * @param contract     the router's contract, to find the operation of a request
     * @param operations   the contract file's operations by id, with their security requirements
     * @param globalSecurity the file's top-level security requirements, for an operation that names none
     */
    public Authentication(OpenAPIContract contract, Map<String, JsonObject> operations, JsonArray globalSecurity, ApiKeys keys,
                          RateLimiter limiter) {
        this.contract = contract;
        this.keys = keys;
        this.limiter = limiter;
        operations.forEach((id, operation) -> {
            JsonArray requirements = operation.containsKey("security") ? operation.getJsonArray("security") : globalSecurity;
            scopesByOperation.put(id, scopesOf(id, requirements));
            if (requirements == null || requirements.stream().allMatch(r -> ((JsonObject) r).isEmpty())) {
                publicOperations.add(id);
            }
        });
    }

    /** The operations anyone may call, without a key. */
    public Set<String> publicOperations() {
        return Set.copyOf(publicOperations);
    }

    @Override
    public void handle(RoutingContext ctx) {
        Operation operation = contract.findOperation(ctx.normalizedPath(), ctx.request().method());
        if (operation == null || publicOperations.contains(operation.getOperationId())) {
            ctx.next(); // not an operation (404 or 405 follows), or a public one
            return;
        }
        Optional<String> presented = presentedKey(ctx);
        if (presented.isEmpty()) {
            ctx.fail(new ProblemException(Problems.unauthorized("send an API key as \"Authorization: Bearer <key>\" or \"X-Api-Key: <key>\"")));
            return;
        }
        ctx.vertx().executeBlocking(() -> keys.authenticate(presented.get()).map(key -> new Caller(key, keys.organizationsOf(key))), false)
                .onComplete(result -> {
                    if (result.failed()) {
                        ctx.fail(result.cause());
                    } else if (result.result().isEmpty()) {
                        ctx.fail(new ProblemException(Problems.unauthorized("the API key is unknown or revoked")));
                    } else {
                        admit(ctx, operation, result.result().get());
                    }
                });
    }

    private void admit(RoutingContext ctx, Operation operation, Caller caller) {
        ApiKey key = caller.key();
        Set<Scope> allowing = scopesByOperation.get(operation.getOperationId());
        if (!allowing.isEmpty() && key.scopes().stream().noneMatch(allowing::contains)) {
            ctx.fail(new ProblemException(Problems.forbidden("the key " + key.id() + " has none of the scopes that allow "
                    + operation.getOperationId() + ": " + allowing.stream().map(Scope::wire).sorted().collect(Collectors.joining(", ")))));
            return;
        }
        long retryAfter = limiter.take(key.id());
        if (retryAfter > 0) {
            ctx.response().putHeader("Retry-After", Long.toString(retryAfter));
            ctx.fail(new ProblemException(Problems.tooManyRequests(retryAfter)));
            return;
        }
        caller.attachTo(ctx);
        ctx.next();
    }

    private static Optional<String> presentedKey(RoutingContext ctx) {
        String header = ctx.request().getHeader("X-Api-Key");
        if (header != null && !header.isBlank()) {
            return Optional.of(header.strip());
        }
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(authorization.substring(7).strip());
        }
        return Optional.empty();
    }

    private static Set<Scope> scopesOf(String operationId, JsonArray requirements) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (requirements == null) {
            return scopes;
        }
        for (Object requirement : requirements) {
            ((JsonObject) requirement).forEach(scheme -> ((JsonArray) scheme.getValue()).forEach(scope ->
                    scopes.add(Scope.parse(String.valueOf(scope)).orElseThrow(() -> new IllegalStateException("the contract names an unknown"
                            + " scope \"" + scope + "\" in " + operationId + "; the scopes are: " + Scope.all())))));
        }
        return scopes;
    }
}
