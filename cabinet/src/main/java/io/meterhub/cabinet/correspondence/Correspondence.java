package io.meterhub.cabinet.correspondence;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.common.ValidationException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The threads of messages on subjects. The feature that owns a subject decides which staff may see
 * it and when one may write (it calls {@link #post} inside its own transaction, after its checks);
 * this class keeps the numbering, the attachments' checks and the read marks, and never lets a
 * customer read a thread that is not theirs.
 */
public final class Correspondence {
    /** A thread the viewer may not see, whether it exists or not. */
    public static final String NO_SUCH_THREAD = "correspondence.no_such_thread";
    public static final String NO_SUCH_ATTACHMENT = "correspondence.no_such_attachment";

    private final CorrespondenceRepository threads;

    public Correspondence(CorrespondenceRepository threads) {
        this.threads = Objects.requireNonNull(threads, "threads");
    }

    /** The content types of the files, checked by their bytes before any transaction starts; refused with the file named. */
    public static List<String> check(List<NewAttachment> files, long maxBytes) {
        List<String> types = new ArrayList<>();
        for (NewAttachment file : files) {
            types.add(FileCheck.contentType(FileCheck.fileName(file.fileName()), file.bytes(), maxBytes));
        }
        return types;
    }

    /**
     * Adds a message, numbered next in the subject's thread ({@code numberPrefix/seq}), with its files;
     * the thread is made on the first message. The author's side has then read the thread up to it.
     *
     * @param customerUserId the customer's side of the thread, null when the customer has no login
     */
    public Message post(Tx tx, Subject subject, Long customerUserId, String numberPrefix, Side side, long userId, String text,
                        List<NewAttachment> files, long maxBytes, Instant at) {
        List<String> types = check(files, maxBytes);
        ThreadRow thread = threads.lockThread(tx, subject.kind().name(), subject.id(), customerUserId);
        MessageRow message = threads.addMessage(tx, thread.id(), numberPrefix, at, side.name(), userId, text);
        List<Attachment> attachments = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            NewAttachment file = files.get(i);
            String name = FileCheck.fileName(file.fileName());
            long id = threads.addAttachment(tx, message.id(), file.label(), name, types.get(i), file.bytes(), FileCheck.sha256(file.bytes()));
            attachments.add(new Attachment(id, message.id(), file.label(), name, types.get(i), file.bytes().length, at, side));
        }
        return new Message(message.id(), message.seq(), message.number(), at, side, null, text, attachments);
    }

    /** The subject's thread, oldest first (empty before the first message); a customer sees only their own. */
    public List<Message> thread(Viewer viewer, Subject subject) {
        return visible(viewer, subject).map(this::messages).orElse(List.of());
    }

    /** A file of the subject's thread, for whoever may read the thread. */
    public FileContent attachment(Viewer viewer, Subject subject, long attachmentId) {
        ThreadRow thread = visible(viewer, subject).orElseThrow(() -> new ValidationException(NO_SUCH_ATTACHMENT));
        AttachmentRow row = threads.attachment(thread.id(), attachmentId).orElseThrow(() -> new ValidationException(NO_SUCH_ATTACHMENT));
        byte[] bytes = threads.content(thread.id(), attachmentId).orElseThrow(() -> new ValidationException(NO_SUCH_ATTACHMENT));
        return new FileContent(row.fileName(), row.contentType(), bytes);
    }

    /** The viewer's side has read the thread as it is now. */
    public void markRead(Viewer viewer, Subject subject) {
        visible(viewer, subject).ifPresent(thread -> {
            List<MessageRow> all = threads.messages(thread.id());
            if (!all.isEmpty()) {
                threads.markRead(thread.id(), Side.of(viewer).name(), all.get(all.size() - 1).seq());
            }
        });
    }

    /** How many messages of the other side the viewer's side has not read yet. */
    public int unread(Viewer viewer, Subject subject) {
        return visible(viewer, subject).map(thread -> {
            Side side = Side.of(viewer);
            int seen = threads.lastRead(thread.id(), side.name());
            return (int) threads.messages(thread.id()).stream().filter(m -> m.seq() > seen && !side.name().equals(m.side())).count();
        }).orElse(0);
    }

    private Optional<ThreadRow> visible(Viewer viewer, Subject subject) {
        Optional<ThreadRow> thread = threads.thread(subject.kind().name(), subject.id());
        if (viewer.role() == Role.CUSTOMER && thread.isPresent() && !Objects.equals(thread.get().customerUserId(), viewer.userId())) {
            throw new AccessDeniedException(NO_SUCH_THREAD);
        }
        return thread;
    }

    private List<Message> messages(ThreadRow thread) {
        List<Attachment> attachments = threads.attachments(thread.id()).stream()
                .map(a -> new Attachment(a.id(), a.messageId(), a.label(), a.fileName(), a.contentType(), a.size(), a.at(), Side.valueOf(a.side())))
                .toList();
        return threads.messages(thread.id()).stream()
                .map(m -> new Message(m.id(), m.seq(), m.number(), m.at(), Side.valueOf(m.side()), m.authorName(), m.text(),
                        attachments.stream().filter(a -> a.messageId() == m.id()).toList()))
                .toList();
    }
}
