package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.correspondence.Attachment;
import io.meterhub.cabinet.correspondence.Correspondence;
import io.meterhub.cabinet.correspondence.FileContent;
import io.meterhub.cabinet.correspondence.Message;
import io.meterhub.cabinet.correspondence.NewAttachment;
import io.meterhub.cabinet.correspondence.Side;
import io.meterhub.cabinet.correspondence.Subject;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * An application's thread as the connection pages show it, kept by {@link Correspondence} under the
 * subject CONNECTION_APPLICATION: the messages numbered after the application ({@code ТП-2026-000123/3}),
 * their attachments labelled with a document kind.
 */
public final class ApplicationThread {
    private final Correspondence correspondence;
    private final ConnectionSettings settings;
    private final Clock clock;

    public ApplicationThread(Correspondence correspondence, ConnectionSettings settings, Clock clock) {
        this.correspondence = Objects.requireNonNull(correspondence, "correspondence");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The thread of an application the viewer may see (the caller checked), oldest first. */
    List<ApplicationMessage> thread(Viewer viewer, ConnectionApplication a) {
        return correspondence.thread(viewer, subject(a)).stream().map(ApplicationThread::message).toList();
    }

    /** Posts within the caller's transaction, which holds the application's lock; attachments of kind OTHER when none is given. */
    Message post(Tx tx, ConnectionApplication a, Viewer author, String text, List<NewDocument> files) {
        List<NewAttachment> attachments = files.stream().map(ApplicationThread::attachment).toList();
        return correspondence.post(tx, subject(a), a.applicantUserId(), a.number(), Side.of(author), author.userId(), text, attachments,
                settings.maxDocumentBytes(), clock.instant());
    }

    /** Checks the files by their bytes before the transaction. */
    void check(List<NewDocument> files) {
        Correspondence.check(files.stream().map(ApplicationThread::attachment).toList(), settings.maxDocumentBytes());
    }

    DocumentContent attachment(Viewer viewer, ConnectionApplication a, long attachmentId) {
        FileContent file = correspondence.attachment(viewer, subject(a), attachmentId);
        return new DocumentContent(file.fileName(), file.contentType(), file.bytes());
    }

    private static Subject subject(ConnectionApplication a) {
        return Subject.connectionApplication(a.id());
    }

    private static NewAttachment attachment(NewDocument file) {
        return new NewAttachment((file.kind() == null ? DocumentKind.OTHER : file.kind()).name(), file.fileName(), file.bytes());
    }

    private static ApplicationMessage message(Message m) {
        return new ApplicationMessage(m.id(), m.number(), m.at(), side(m.side()), m.authorName(), m.text(),
                m.attachments().stream().map(ApplicationThread::document).toList());
    }

    private static ApplicationDocument document(Attachment a) {
        return new ApplicationDocument(a.id(), DocumentKind.valueOf(a.label()), a.fileName(), a.contentType(), a.size(), a.at(), side(a.side()),
                a.messageId());
    }

    private static AuthorSide side(Side side) {
        return side == Side.CUSTOMER ? AuthorSide.APPLICANT : AuthorSide.STAFF;
    }
}
