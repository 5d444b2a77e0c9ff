package io.meterhub.app;

import java.util.concurrent.CountDownLatch;

/** Long-running commands wait here until Ctrl-C (or a SIGTERM) starts the JVM's shutdown. */
final class UntilStopped {
    private UntilStopped() {
    }

    static void await() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "meterhub-stop"));
        stop.await();
    }
}
