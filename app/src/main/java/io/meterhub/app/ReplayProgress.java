package io.meterhub.app;

import io.meterhub.protocols.telemetry.UplinkPublisher;
import io.meterhub.devices.simulator.FleetSimulator;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/**
 * Replays history in six-hour pieces so that a long replay shows how far it got. (The simulator
 * sends documents it holds back as late at the end of each piece, so pieces are not too short.)
 */
final class ReplayProgress {
    private static final Duration PIECE = Duration.ofHours(6);

    private ReplayProgress() {
    }

    static long replay(FleetSimulator simulator, Instant from, Instant to, UplinkPublisher publisher, PrintStream out) {
        long[] documents = {0};
        long started = System.nanoTime();
        long totalHours = Math.max(1, Duration.between(from, to).toHours());
        Instant cursor = from;
        long hours;
        while (cursor.isBefore(to)) {
            Instant next = cursor.plus(PIECE);
            if (next.isAfter(to)) {
                next = to;
            }
            simulator.replay(cursor, next, outgoing -> {
                publisher.publishRaw(outgoing.controllerId(), outgoing.payload());
                documents[0]++;
            });
            cursor = next;
            hours = Duration.between(from, cursor).toHours();
            out.printf("replay: %d/%d h, %d documents published%n", hours, totalHours, documents[0]);
        }
        publisher.flush();
        out.printf("replay: done, %d documents in %.1f s%n", documents[0], (System.nanoTime() - started) / 1e9);
        return documents[0];
    }
}
