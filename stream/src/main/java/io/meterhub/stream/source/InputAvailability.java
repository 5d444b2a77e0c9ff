package io.meterhub.stream.source;

import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * The future a source reader hands Flink's task thread when it has nothing to emit, completed by the
 * thread that brings input (a broker callback, a database notification). Checking for input and
 * renewing the future under one lock means a signal between the two is never lost.
 */
public final class InputAvailability {
    private final Object lock = new Object();
    private CompletableFuture<Void> available = new CompletableFuture<>();

    /** Called by the thread that brought input. */
    public void signal() {
        synchronized (lock) {
            available.complete(null);
        }
    }

    /** For {@code SourceReader#isAvailable}: done at once when {@code hasInput} says so. */
    public CompletableFuture<Void> future(BooleanSupplier hasInput) {
        synchronized (lock) {
            if (hasInput.getAsBoolean()) {
                return CompletableFuture.completedFuture(null);
            }
            if (available.isDone()) {
                available = new CompletableFuture<>();
            }
            return available;
        }
    }
}
