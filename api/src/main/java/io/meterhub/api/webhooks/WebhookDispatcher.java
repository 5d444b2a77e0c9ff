package io.meterhub.api.webhooks;

import io.meterhub.storage.cabinet.webhooks.AttemptRow;
import io.meterhub.storage.cabinet.webhooks.DueDelivery;
import io.meterhub.storage.cabinet.webhooks.WebhookStore;
import io.vertx.core.AsyncResult;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.codec.BodyCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers webhooks from the API process. Each tick (on a Vert.x timer) it raises new HIGH anomalies as events,
 * relays the outbox to subscriptions, and claims the due deliveries, all on a worker thread; then POSTs each,
 * signed, with the Vert.x web client and records the attempt: 2xx is delivered, anything else (an error status,
 * a timeout, a refused connection, an answer that is not HTTP) is retried on the {@link RetrySchedule} and
 * given up at the window's end. The event loop never waits: the database is on workers, HTTP is asynchronous.
 * Two API processes share the work: claims skip what the other holds.
 */
public final class WebhookDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    /** HTTP requests in flight at most, per process. */
    static final int MAX_IN_FLIGHT = 64;
    private static final int RELAY_BATCH = 500;
    /** HIGH anomalies are looked for this far behind the watermark: the pipeline's transactions commit after their updated_at. */
    private static final Duration ANOMALY_MARGIN = Duration.ofMinutes(10);
    /** How long the log keeps a finished delivery: long enough to look into a month's complaints and replay. */
    static final Duration LOG_RETENTION = Duration.ofDays(30);
    private final Vertx vertx;
    private final WebhookStore store;
    private final WebhookConfig config;
    private final RetrySchedule schedule;
    private final Clock clock;
    private final WebClient client;
    private final AtomicBoolean ticking = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closed;
    /** The last claim took all it could: more may be due now. */
    private volatile boolean backlog;
    private long timer = -1;
    private long forgetting = -1;

    /** @param clock the time attempts are stamped and scheduled by; tests pass the real one unless they must jump */
    public WebhookDispatcher(Vertx vertx, WebhookStore store, WebhookConfig config, Clock clock) {
        this.vertx = vertx;
        this.store = store;
        this.config = config;
        this.schedule = config.schedule();
        this.clock = clock;
        this.client = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false).setKeepAlive(false)
                .setConnectTimeout((int) config.timeout().toMillis()).setUserAgent("Meterhub-Webhooks/1"));
    }

    public WebhookDispatcher start() {
        timer = vertx.setPeriodic(config.pollInterval().toMillis(), id -> tick());
        forgetting = vertx.setPeriodic(Duration.ofHours(1).toMillis(), id -> vertx.executeBlocking(
                () -> store.forgetBefore(clock.instant().minus(LOG_RETENTION)), false)
                .onFailure(e -> LOG.warn("webhooks: forgetting old deliveries failed, the next hour tries again: {}", e.toString())));
        return this;
    }

    /** One round; skipped while the previous round's database work is still running. */
    void tick() {
        round(true);
    }

    /**
     * @param full with the relay of new events and the poll of anomalies; without, only claims more due deliveries
     *             (when the last claim was full, as soon as a slot frees, rather than at the next tick)
     */
    private void round(boolean full) {
        if (closed || !ticking.compareAndSet(false, true)) {
            return;
        }
        int room = MAX_IN_FLIGHT - inFlight.get();
        Duration lease = config.timeout().plusSeconds(30);
        vertx.executeBlocking(() -> {
            Instant now = clock.instant();
            if (full) {
                store.raiseHighAnomalies(ANOMALY_MARGIN);
                store.relay(now, RELAY_BATCH);
            }
            return room > 0 ? store.claimDue(now, room, lease) : List.<DueDelivery>of();
        }, false).onComplete(claimed -> {
            ticking.set(false);
            if (claimed.failed()) {
                backlog = false;
                LOG.warn("webhooks: this round failed, the next one tries again: {}", claimed.cause().toString());
            } else {
                backlog = room > 0 && claimed.result().size() == room;
                claimed.result().forEach(this::attempt);
            }
        });
    }

    private void attempt(DueDelivery due) {
        inFlight.incrementAndGet();
        Instant at = clock.instant();
        long started = System.nanoTime();
        AnswerExcerpt excerpt = new AnswerExcerpt();
        AtomicBoolean finished = new AtomicBoolean();
        // the client's timeout is for silence; this one bounds a receiver that answers a byte at a time
        long guard = vertx.setTimer(config.timeout().toMillis() + 1_000, id -> {
            if (finished.compareAndSet(false, true)) {
                record(due, at, started, null, null, "no complete answer in " + config.timeout().toMillis() + " ms");
            }
        });
        try {
            byte[] body = WebhookPayload.body(due);
            client.postAbs(due.url()).timeout(config.timeout().toMillis())
                    .putHeader("Content-Type", "application/json")
                    .putHeader(WebhookPayload.EVENT_ID, due.eventId().toString())
                    .putHeader(WebhookPayload.EVENT_TYPE, due.type())
                    .putHeader(WebhookPayload.DELIVERY_ID, Long.toString(due.deliveryId()))
                    .putHeader(WebhookSignature.HEADER, WebhookSignature.header(due.secret(), at, body))
                    .as(BodyCodec.pipe(excerpt))
                    .sendBuffer(Buffer.buffer(body))
                    .onComplete(answer -> {
                        if (finished.compareAndSet(false, true)) {
                            vertx.cancelTimer(guard);
                            answered(due, at, started, excerpt, answer);
                        }
                    });
        } catch (RuntimeException e) {
            // a URL the client cannot even start a request to, or a body that cannot be written: recorded like any other failure
            if (finished.compareAndSet(false, true)) {
                vertx.cancelTimer(guard);
                record(due, at, started, null, null, e.toString());
            }
        }
    }

    private void answered(DueDelivery due, Instant at, long started, AnswerExcerpt excerpt, AsyncResult<HttpResponse<Void>> answer) {
        if (answer.succeeded()) {
            record(due, at, started, answer.result().statusCode(), excerpt.text(), null);
        } else {
            Throwable cause = answer.cause();
            // the client's messages name the URL, which may carry the receiver's token: the log and the attempt say "the URL"
            String message = cause.getMessage() == null ? "" : ": " + cause.getMessage().replace(due.url(), "the URL");
            record(due, at, started, null, excerpt.text().isEmpty() ? null : excerpt.text(), cause.getClass().getSimpleName() + message);
        }
    }

    private void record(DueDelivery due, Instant at, long started, Integer status, String excerpt, String error) {
        int durationMs = (int) Math.min(Integer.MAX_VALUE, Duration.ofNanos(System.nanoTime() - started).toMillis());
        int number = due.attempts() + 1;
        boolean delivered = status != null && status >= 200 && status < 300;
        Instant now = clock.instant();
        Optional<Instant> next = delivered ? Optional.empty() : schedule.next(number, due.createdAt(), now);
        String outcome = delivered ? WebhookStore.DELIVERED : next.isPresent() ? WebhookStore.PENDING : WebhookStore.FAILED;
        AttemptRow attempt = new AttemptRow(number, at, durationMs, status, excerpt, AnswerExcerpt.printable(error));
        if (!delivered) {
            // one line per failed attempt: the operators' view of a receiver's health (never the URL: it may hold a token)
            LOG.warn("webhook delivery {} ({} {}) to subscription {}: attempt {} failed: {}; {}", due.deliveryId(), due.type(), due.eventId(),
                    due.subscriptionId(), number, status != null ? "HTTP " + status : error,
                    next.map(n -> "next attempt at " + n).orElse("given up"));
        }
        vertx.executeBlocking(() -> {
            store.recordAttempt(due.deliveryId(), attempt, outcome, next.orElse(null));
            return null;
        }, false).onComplete(done -> {
            inFlight.decrementAndGet();
            if (done.failed()) {
                // the lease runs out and the delivery is attempted again: at least once, never lost
                LOG.error("webhook delivery {}: its attempt {} could not be recorded", due.deliveryId(), number, done.cause());
            }
            if (backlog) {
                round(false);
            }
        });
    }

    @Override
    public void close() {
        closed = true;
        if (timer >= 0) {
            vertx.cancelTimer(timer);
            vertx.cancelTimer(forgetting);
        }
        client.close();
    }
}
