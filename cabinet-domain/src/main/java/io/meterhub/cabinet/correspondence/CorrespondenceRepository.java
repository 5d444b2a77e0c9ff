package io.meterhub.cabinet.correspondence;

import io.meterhub.cabinet.common.Tx;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Threads of messages on a subject, their attachments and the read marks of each side. */
public interface CorrespondenceRepository {
    Optional<ThreadRow> thread(String subjectKind, long subjectId);

    /** The subject's thread, made on its first message and locked for the rest of the transaction (so numbers follow one another). */
    ThreadRow lockThread(Tx tx, String subjectKind, long subjectId, Long customerUserId);

    /** Adds a message numbered next in its thread; the caller holds the thread's lock. */
    MessageRow addMessage(Tx tx, long threadId, String numberPrefix, Instant at, String side, long userId, String text);

    long addAttachment(Tx tx, long messageId, String label, String fileName, String contentType, byte[] content,
                              String sha256);

    /** The thread, oldest first, with the authors' display names. */
    List<MessageRow> messages(long threadId);

    List<AttachmentRow> attachments(long threadId);

    Optional<AttachmentRow> attachment(long threadId, long attachmentId);

    Optional<byte[]> content(long threadId, long attachmentId);

    /** The side has seen the thread up to {@code seq} (a mark never moves back). */
    void markRead(long threadId, String side, int seq);

    /** The seq of the last message the side saw, 0 when none. */
    int lastRead(long threadId, String side);
}
