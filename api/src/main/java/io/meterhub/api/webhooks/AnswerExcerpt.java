package io.meterhub.api.webhooks;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;

import java.nio.charset.StandardCharsets;

/**
 * Keeps the first bytes of a receiver's answer and drops the rest as it comes, so that no answer, however large,
 * is held in memory; the log needs only enough to show what the receiver said.
 */
final class AnswerExcerpt implements WriteStream<Buffer> {
    static final int LIMIT = 1024;
    private final Buffer kept = Buffer.buffer();

    @Override
    public Future<Void> write(Buffer data) {
        int room = LIMIT - kept.length();
        if (room > 0) {
            kept.appendBuffer(data, 0, Math.min(room, data.length()));
        }
        return Future.succeededFuture();
    }

    @Override
    public Future<Void> end() {
        return Future.succeededFuture();
    }

    /** As text for the log: undecodable bytes and NUL (which PostgreSQL's text refuses) become U+FFFD. */
    String text() {
        return printable(new String(kept.getBytes(), StandardCharsets.UTF_8));
    }

    static String printable(String text) {
        return text == null ? null : text.replace('\u0000', '\uFFFD');
    }

    @Override
    public WriteStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        return this;
    }

    @Override
    public WriteStream<Buffer> setWriteQueueMaxSize(int maxSize) {
        return this;
    }

    @Override
    public boolean writeQueueFull() {
        return false;
    }

    @Override
    public WriteStream<Buffer> drainHandler(Handler<Void> handler) {
        return this;
    }
}
