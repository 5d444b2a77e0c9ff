package io.meterhub.cabinet.notifications.outbox;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * The demo's outbox: the last {@code capacity} messages, newest first. In memory only (a restart empties
 * it) and only in the demo: a real cabinet hands its texts to an SMS gateway and an SMTP server.
 */
public final class Outbox {
    public static final int DEFAULT_CAPACITY = 200;

    private final int capacity;
    private final Clock clock;
    private final Deque<OutboxMessage> messages = new ArrayDeque<>();

    public Outbox(int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the outbox keeps at least one message, got " + capacity);
        }
        this.capacity = capacity;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public synchronized void add(OutboxMessage.Channel channel, String recipient, String text) {
        messages.addFirst(new OutboxMessage(clock.instant(), channel, recipient, text));
        while (messages.size() > capacity) {
            messages.removeLast();
        }
    }

    /** Newest first. */
    public synchronized List<OutboxMessage> messages() {
        return new ArrayList<>(messages);
    }
}
