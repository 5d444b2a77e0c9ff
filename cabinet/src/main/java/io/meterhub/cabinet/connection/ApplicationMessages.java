package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.correspondence.Message;

import java.util.List;
import java.util.Objects;

/**
 * Writing to an application's thread (not on a draft): the applicant to the staff, the staff (grid
 * company or supplier) to the applicant, who is told of it; attachments are checked like documents.
 */
public final class ApplicationMessages {
    public static final int MAX_ATTACHMENTS = 10;

    private final Transactions transactions;
    private final ApplicationAccess access;
    private final ApplicationThread thread;
    private final ApplicantNotifier notifier;

    public ApplicationMessages(Transactions transactions, ApplicationAccess access, ApplicationThread thread, ApplicantNotifier notifier) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.access = Objects.requireNonNull(access, "access");
        this.thread = Objects.requireNonNull(thread, "thread");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
    }

    /** Writes to the thread; attachments of kind OTHER when not given. */
    public ApplicationMessage writeMessage(Viewer viewer, long applicationId, String text, List<NewDocument> attachments) {
        String body = FormTexts.trimmed(text);
        if (body == null) {
            throw ConnectionError.TEXT_REQUIRED.refused();
        }
        FormTexts.checkLength(body);
        List<NewDocument> files = attachments == null ? List.of() : attachments;
        if (files.size() > MAX_ATTACHMENTS) {
            throw ConnectionError.TOO_MANY_ATTACHMENTS.refused(MAX_ATTACHMENTS);
        }
        for (NewDocument file : files) {
            if (file.kind() != null && ApplicationDocuments.GENERATED.contains(file.kind())) {
                throw ConnectionError.DOCUMENT_KIND_RESERVED.refused(file.kind().name());
            }
        }
        thread.check(files);
        Object[] written = new Object[2];
        transactions.inTransaction(tx -> {
            ConnectionApplication a = access.lockVisible(tx, viewer, applicationId);
            access.requireAllowed(viewer, a, WorkflowAction.WRITE_MESSAGE);
            written[0] = a;
            written[1] = thread.post(tx, a, viewer, body, files);
            return null;
        });
        ConnectionApplication a = (ConnectionApplication) written[0];
        Message message = (Message) written[1];
        if (ApplicationAccess.side(viewer) == AuthorSide.STAFF && a.applicantUserId() != null) {
            ApplicationTransitions.notifySafely(() -> notifier.messageReceived(a.applicantUserId(), a.id(), a.number(), message.number(), body,
                    ConnectionLinks.applicantLink(a.id())));
        }
        return thread.thread(viewer, a).stream().filter(m -> m.id() == message.id()).findFirst().orElseThrow();
    }

    /** A file attached to a message of the thread, for whoever may see the application. */
    public DocumentContent attachment(Viewer viewer, long applicationId, long attachmentId) {
        return thread.attachment(viewer, access.visible(viewer, applicationId), attachmentId);
    }
}
