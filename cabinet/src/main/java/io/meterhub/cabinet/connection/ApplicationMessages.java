package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.storage.cabinet.Jdbc;
import io.meterhub.storage.cabinet.connection.ConnectionRepository;
import io.meterhub.storage.cabinet.connection.MessageRow;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The thread of an application (not on a draft): the applicant writes to the staff, the staff (grid
 * company or supplier) to the applicant, who is told of it; attachments are checked like documents.
 */
public final class ApplicationMessages {
    public static final int MAX_ATTACHMENTS = 10;

    private final DataSource dataSource;
    private final ConnectionRepository applications;
    private final ApplicationAccess access;
    private final ApplicationQueries queries;
    private final ApplicantNotifier notifier;
    private final ConnectionSettings settings;
    private final Clock clock;

    public ApplicationMessages(DataSource dataSource, ConnectionRepository applications, ApplicationAccess access, ApplicationQueries queries,
                               ApplicantNotifier notifier, ConnectionSettings settings, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.applications = Objects.requireNonNull(applications, "applications");
        this.access = Objects.requireNonNull(access, "access");
        this.queries = Objects.requireNonNull(queries, "queries");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
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
        List<String> types = new ArrayList<>();
        for (NewDocument file : files) {
            if (file.kind() != null && ApplicationDocuments.GENERATED.contains(file.kind())) {
                throw ConnectionError.DOCUMENT_KIND_RESERVED.refused(file.kind().name());
            }
            types.add(DocumentCheck.contentType(DocumentCheck.fileName(file.fileName()), file.bytes(), settings.maxDocumentBytes()));
        }
        Instant now = clock.instant();
        AuthorSide side = ApplicationAccess.side(viewer);
        Object[] written = new Object[2];
        long messageId = Jdbc.inTransaction(dataSource, c -> {
            ConnectionApplication a = access.lockVisible(c, viewer, applicationId);
            access.requireAllowed(viewer, a, WorkflowAction.WRITE_MESSAGE);
            MessageRow message = applications.addMessage(c, a.id(), a.number(), now, side.name(), viewer.userId(), body);
            for (int i = 0; i < files.size(); i++) {
                NewDocument file = files.get(i);
                applications.addDocument(c, DocumentCheck.stored(a.id(), message.id(), file.kind() == null ? DocumentKind.OTHER : file.kind(),
                        DocumentCheck.fileName(file.fileName()), types.get(i), file.bytes(), now, viewer.userId(), side));
            }
            written[0] = a;
            written[1] = message;
            return message.id();
        });
        ConnectionApplication a = (ConnectionApplication) written[0];
        MessageRow message = (MessageRow) written[1];
        if (side == AuthorSide.STAFF && a.applicantUserId() != null) {
            ApplicationTransitions.notifySafely(() -> notifier.messageReceived(a.applicantUserId(), a.id(), a.number(), message.number(), body,
                    ConnectionLinks.applicantLink(a.id())));
        }
        return queries.messages(viewer, applicationId).stream().filter(m -> m.id() == messageId).findFirst().orElseThrow();
    }
}
