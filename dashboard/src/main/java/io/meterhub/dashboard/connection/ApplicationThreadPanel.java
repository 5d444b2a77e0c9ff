package io.meterhub.dashboard.connection;

import io.meterhub.dashboard.ui.ConnectionFormat;
import io.meterhub.dashboard.ui.Texts;

import com.vaadin.flow.component.Component;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.connection.ApplicationDetail;
import io.meterhub.cabinet.connection.ApplicationMessage;
import io.meterhub.cabinet.connection.AuthorSide;
import io.meterhub.cabinet.connection.ConnectionFeature;
import io.meterhub.cabinet.connection.DocumentKind;
import io.meterhub.cabinet.connection.NewDocument;
import io.meterhub.cabinet.connection.WorkflowAction;
import io.meterhub.dashboard.correspondence.MessageThread;

import java.util.List;

/** An application's thread in the shared {@link MessageThread}: its messages, its attachments' links, written through the connection service. */
public final class ApplicationThreadPanel {
    private ApplicationThreadPanel() {
    }

    public static MessageThread of(Component page, ConnectionFeature service, Viewer viewer, ApplicationDetail detail, long maxBytes, Runnable sent) {
        long applicationId = detail.summary().id();
        List<MessageThread.Entry> entries = detail.messages().stream().map(m -> entry(page, service, viewer, applicationId, m)).toList();
        MessageThread.Sender sender = detail.actions().contains(WorkflowAction.WRITE_MESSAGE)
                ? (text, files) -> service.messages().writeMessage(viewer, applicationId, text,
                        files.stream().map(f -> new NewDocument(DocumentKind.OTHER, f.fileName(), f.bytes())).toList())
                : null;
        return new MessageThread(entries, sender, maxBytes,
                file -> page.getTranslation("connection.documents.rejected", file, DocumentLinks.size(maxBytes, Texts.locale())), sent);
    }

    private static MessageThread.Entry entry(Component page, ConnectionFeature service, Viewer viewer, long applicationId, ApplicationMessage m) {
        return new MessageThread.Entry(m.id(), m.number(), ConnectionFormat.time(m.at(), Texts.locale()), m.authorName(),
                m.author() == AuthorSide.STAFF, m.text(),
                m.attachments().stream().map(a -> (Component) DocumentLinks.link(page, service, viewer, applicationId, a)).toList());
    }
}
