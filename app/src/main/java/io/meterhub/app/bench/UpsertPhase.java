package io.meterhub.app.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

/** The meter registry's bulk upsert: N new meters in requests of {@code batch}, one after the other, as a utility's first load would. */
final class UpsertPhase {
    private UpsertPhase() {
    }

    record Result(long meters, int requests, double seconds, double slowestRequestMs) {
        double metersPerSecond() {
            return meters / seconds;
        }

        String line() {
            return String.format("upsert %,d meters in %d requests in %.1f s = %,.0f meters/s, slowest request %.0f ms", meters, requests, seconds,
                    metersPerSecond(), slowestRequestMs);
        }
    }

    static Result run(int port, String key, int meters, int batch, int controllers, BenchDatabase db, PrintStream out)
            throws java.io.IOException, InterruptedException, SQLException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://localhost:" + port + "/api/v1/meters");
        long started = System.nanoTime();
        double slowest = 0;
        int requests = 0;
        for (int first = 0; first < meters; first += batch) {
            StringBuilder body = new StringBuilder(batch * 140).append("{\"items\":[");
            for (int i = first; i < Math.min(meters, first + batch); i++) {
                body.append(i == first ? "" : ",").append("{\"id\":\"U-").append(String.format("%07d", i)).append("\",\"controllerId\":\"")
                        .append(BenchWorkload.controllerId(i % controllers)).append("\",\"registerDigits\":6,\"tariffRegisters\":3,")
                        .append("\"intervalSeconds\":900,\"serial\":\"SN-").append(i).append("\"}");
            }
            body.append("]}");
            long sent = System.nanoTime();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).header("Authorization", "Bearer " + key)
                    .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - sent) / 1e6;
            slowest = Math.max(slowest, ms);
            requests++;
            if (answer.statusCode() != 200 || answer.body().contains("\"refused\":[{")) {
                throw new IllegalStateException("the upsert of meters " + first + ".. answered " + answer.statusCode() + ": "
                        + answer.body().substring(0, Math.min(400, answer.body().length())));
            }
            out.printf("  upsert: %,d meters in %.0f ms%n", Math.min(meters, first + batch) - first, ms);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long stored = db.count("SELECT count(*) FROM meter WHERE id LIKE 'U-%'");
        if (stored != meters) {
            throw new IllegalStateException("the upsert answered for " + meters + " meters, but " + stored + " are stored");
        }
        return new Result(stored, requests, seconds, slowest);
    }
}
