package io.meterhub.api.telemetry;

import io.meterhub.api.problem.FieldError;
import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the router's validation would check of a CSV request, had Vert.x's contract model a text/csv media type (it has
 * not, so the route runs without it): the body's type, and the Idempotency-Key as the contract's parameter describes it.
 */
public final class CsvRequestCheck implements Handler<RoutingContext> {
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    @Override
    public void handle(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        String media = type == null ? "" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("text/csv")) {
            ctx.fail(new ProblemException(Problems.invalid("the body must be text/csv", List.of(FieldError.parameter("Content-Type",
                    "send Content-Type: text/csv (UTF-8, or Windows-1251), not " + (type == null ? "none" : type))))));
            return;
        }
        String key = ctx.request().getHeader("Idempotency-Key");
        if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
            ctx.fail(new ProblemException(Problems.invalid("the Idempotency-Key does not follow the contract", List.of(FieldError.parameter(
                    "Idempotency-Key", "1 to 255 printable ASCII characters without spaces")))));
            return;
        }
        ctx.next();
    }
}
