package io.meterhub.api.http;

import io.meterhub.api.problem.Problem;
import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;
import io.meterhub.protocols.text.SafeText;
import io.vertx.core.Handler;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.ValidatorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a problem: a client error is answered as it is and logged in one line; a
 * server error is logged with its stack trace and answered without it.
 */
public final class FailureHandler implements Handler<RoutingContext> {
    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);
    private final long maxBodyBytes;

    public FailureHandler(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Problem problem = problemOf(ctx.failure(), ctx.statusCode());
        String request = ctx.request().method() + " " + SafeText.forLog(ctx.request().path());
        if (problem.status() >= 500) {
            LOG.error("{} failed", request, ctx.failure());
        } else {
            LOG.info("{} refused: {} {}", request, problem.status(), SafeText.forLog(String.valueOf(problem.detail())));
        }
        Replies.send(ctx, problem);
    }

    private Problem problemOf(Throwable failure, int status) {
        if (failure instanceof ProblemException refused) {
            return refused.problem();
        }
        // the router's validation fails the request with an HttpException(400) caused by what it found
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ValidatorException invalid) {
                return ValidationProblems.of(invalid);
            }
        }
        if (status == 413) {
            return Problems.tooLarge(maxBodyBytes);
        }
        if (status >= 400 && status < 500) {
            return Problems.status(status, HttpResponseStatus.valueOf(status).reasonPhrase());
        }
        return Problems.internal();
    }
}
