package io.meterhub.app.bench;

import io.meterhub.ingest.mqtt.MqttUplinkPublisher;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Telemetry documents into the broker: over the API's HTTP ingest by concurrent clients, or published straight over MQTT. */
final class TelemetryPhase {
    private static final Pattern READINGS = Pattern.compile("\"readings\":(\\d+)");

    private TelemetryPhase() {
    }

    /**
     * @param readings       readings acknowledged (by the broker, through the API's 202)
     * @param brokerReadings readings a subscriber received from the broker
     */
    record Result(String name, long readings, long brokerReadings, long requests, long failures, double seconds, double p50Ms, double p95Ms,
                  double p99Ms) {
        double readingsPerSecond() {
            return readings / seconds;
        }

        String line() {
            return String.format("%-10s %,11d readings in %5.1f s = %,8.0f readings/s, %,d in the broker's deliveries%s", name, readings, seconds,
                    readingsPerSecond(), brokerReadings, Double.isNaN(p50Ms) ? ""
                            : String.format("; %,d requests (%d failed), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms", requests, failures, p50Ms, p95Ms, p99Ms));
        }

        PhaseResult asPhase() {
            return new PhaseResult(name, readings, seconds, p50Ms, p95Ms, p99Ms);
        }
    }

    /**
     * Each client sends its next document as soon as the last one is answered (closed loop, {@code documentsPerSecond} 0: the most
     * the server takes), or at its share of a steady rate (open loop: a request's time counts from when it was due, so a server
     * falling behind shows in the percentiles instead of slowing the clients), for the duration.
     */
    static Result overHttp(String name, int port, String key, List<byte[]> documents, int clients, double documentsPerSecond, Duration duration,
                           BrokerCount broker, PrintStream out) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(java.util.concurrent.Executors.newFixedThreadPool(clients)).build();
        URI uri = URI.create("http://localhost:" + port + "/api/v1/telemetry");
        RequestTimes times = new RequestTimes();
        AtomicLong readings = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        long before = broker.documents();
        // a short warm-up: the JIT and the connections, not counted
        send(http, uri, key, documents.get(0));
        long started = System.nanoTime();
        long end = started + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                int next = client;
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    if (documentsPerSecond > 0) {
                        sent = started + (long) (next / documentsPerSecond * 1e9);
                        if (sent >= end) {
                            break;
                        }
                        sleepUntil(sent);
                    }
                    HttpResponse<String> answer = send(http, uri, key, documents.get(next % documents.size()));
                    times.add(System.nanoTime() - sent);
                    if (answer != null && answer.statusCode() == 202) {
                        readings.addAndGet(readingsIn(answer.body()));
                    } else {
                        failures.incrementAndGet();
                        firstFailure.compareAndSet(null, answer == null ? "no answer" : answer.statusCode() + " " + answer.body());
                    }
                    next += clients;
                }
            }, "bench-http-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (firstFailure.get() != null) {
            out.println("  " + name + ": first failure: " + firstFailure.get().substring(0, Math.min(300, firstFailure.get().length())));
        }
        long acknowledged = times.count() - failures.get() + 1; // and the warm-up
        long delivered = broker.await(before + acknowledged, Duration.ofSeconds(30)) - before;
        long perDocument = readings.get() / Math.max(1, times.count() - failures.get());
        return new Result(name, readings.get(), (delivered - 1) * perDocument, times.count(), failures.get(), seconds,
                times.percentileMs(50), times.percentileMs(95), times.percentileMs(99));
    }

    /** One MQTT connection publishing the same documents at QoS 1 as fast as the broker acknowledges them. */
    static Result overMqtt(MqttUplinkPublisher publisher, List<byte[]> documents, Duration duration, BrokerCount broker)
            throws InterruptedException {
        int perDocument = ApiBench.METERS_PER_DOCUMENT * BenchWorkload.REGISTERS.length;
        long before = broker.documents();
        long started = System.nanoTime();
        long end = started + duration.toNanos();
        long published = 0;
        while (System.nanoTime() < end) {
            publisher.publishRaw(BenchWorkload.controllerId((int) (published % documents.size())), documents.get((int) (published % documents.size())));
            published++;
        }
        publisher.flush();
        double seconds = (System.nanoTime() - started) / 1e9;
        long delivered = broker.await(before + published, Duration.ofSeconds(30)) - before;
        return new Result("mqtt", published * perDocument, delivered * perDocument, published, 0, seconds, Double.NaN, Double.NaN, Double.NaN);
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(wait);
        }
    }

    private static HttpResponse<String> send(HttpClient http, URI uri, String key, byte[] document) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(document)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static long readingsIn(String answer) {
        long readings = 0;
        Matcher m = READINGS.matcher(answer);
        while (m.find()) {
            readings += Long.parseLong(m.group(1));
        }
        return readings;
    }
}
