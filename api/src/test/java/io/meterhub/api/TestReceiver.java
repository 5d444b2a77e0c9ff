package io.meterhub.api;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.net.NetServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A receiver of webhooks as a utility's developer would write one, on a real Vert.x HTTP server: it checks each
 * delivery's signature with the subscription's secret (its own HMAC code, not Meterhub's) and keeps what came.
 * A path answers 200 unless a script says otherwise; {@code /silent} never answers. Beside it, a TCP server that
 * answers garbage instead of HTTP.
 */
final class TestReceiver implements AutoCloseable {
    record Received(String path, String eventId, String signature, byte[] body, boolean signatureValid, Instant at) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final NetServer garbage;
    private final List<Received> received = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    TestReceiver() {
        server = await(vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            String path = request.path();
            String signature = request.getHeader("Meterhub-Signature");
            String secret = secrets.get(path);
            received.add(new Received(path, request.getHeader("Meterhub-Event-Id"), signature, body.getBytes(),
                    secret != null && verifies(secret, signature, body.getBytes()), Instant.now()));
            if (path.equals("/silent")) {
                return; // holds the request open: the dispatcher must time out
            }
            Deque<Integer> script = scripts.get(path);
            Integer status = script == null ? null : script.poll();
            int code = status == null ? 200 : status;
            request.response().setStatusCode(code).end(code >= 300 ? "busy, try later" : "ok");
        })).listen(0));
        garbage = await(vertx.createNetServer().connectHandler(socket -> socket.handler(bytes ->
                socket.write("\u0000\u00ffthis is not HTTP at all\r\n\r\n").onComplete(done -> socket.close()))).listen(0));
    }

    /** The secret deliveries to this path must be signed with. */
    void expect(String path, String secret) {
        secrets.put(path, secret);
    }

    /** The next answers of this path, in order; then 200. */
    void script(String path, Integer... statuses) {
        scripts.put(path, new ArrayDeque<>(List.of(statuses)));
    }

    String url(String path) {
        return "http://localhost:" + server.actualPort() + path;
    }

    String garbageUrl() {
        return "http://localhost:" + garbage.actualPort() + "/";
    }

    List<Received> at(String path) {
        synchronized (received) {
            return received.stream().filter(r -> r.path().equals(path)).toList();
        }
    }

    /**
     * The check a receiver makes: {@code t=<unix>,v1=<hex>}, the HMAC-SHA256 of {@code t + "." + body} with the secret,
     * and t within five minutes of now (a delivery recorded and played again later is refused).
     */
    static boolean verifies(String secret, String header, byte[] body) {
        if (header == null || !header.matches("t=\\d+,v1=[0-9a-f]{64}")) {
            return false;
        }
        String t = header.substring(2, header.indexOf(','));
        String v1 = header.substring(header.indexOf("v1=") + 3);
        if (Duration.between(Instant.ofEpochSecond(Long.parseLong(t)), Instant.now()).abs().toMinutes() >= 5) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            return java.security.MessageDigest.isEqual(mac.doFinal(body), HexFormat.of().parseHex(v1));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        await(vertx.close());
    }
}
