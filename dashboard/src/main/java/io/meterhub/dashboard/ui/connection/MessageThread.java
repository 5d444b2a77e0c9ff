package io.meterhub.dashboard.ui.connection;

import io.meterhub.dashboard.ui.ConnectionFormat;
import io.meterhub.dashboard.ui.Texts;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.connection.ApplicationDetail;
import io.meterhub.cabinet.connection.ApplicationDocument;
import io.meterhub.cabinet.connection.ApplicationMessage;
import io.meterhub.cabinet.connection.AuthorSide;
import io.meterhub.cabinet.connection.ConnectionApplicationService;
import io.meterhub.cabinet.connection.DocumentKind;
import io.meterhub.cabinet.connection.NewDocument;
import io.meterhub.cabinet.connection.WorkflowAction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * The thread of an application: each message with its registration number ({@code ТП-2026-000123/3}),
 * date, author and attachments; below it, when the viewer may write, a text, attachments and "Send".
 * Ids: {@code msg-<id>}, {@code msg-<id>-number}, {@link #TEXT_ID}, {@link #UPLOAD_ID}, {@link #SEND_ID}.
 */
public class MessageThread extends Div {
    public static final String ID = "app-messages";
    public static final String TEXT_ID = "msg-text";
    public static final String UPLOAD_ID = "msg-upload";
    public static final String SEND_ID = "msg-send";
    public static final String ERROR_ID = "msg-error";

    private final List<NewDocument> attachments = new ArrayList<>();

    public MessageThread(ConnectionApplicationService service, Viewer viewer, ApplicationDetail detail, long maxBytes, Runnable sent) {
        setId(ID);
        setWidthFull();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        long applicationId = detail.summary().id();
        if (detail.messages().isEmpty()) {
            Span none = new Span(getTranslation("connection.messages.none"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(none);
        }
        for (ApplicationMessage message : detail.messages()) {
            add(message(service, viewer, applicationId, message));
        }
        if (!detail.actions().contains(WorkflowAction.WRITE_MESSAGE)) {
            return;
        }
        TextArea text = new TextArea(getTranslation("connection.messages.text"));
        text.setId(TEXT_ID);
        text.setWidthFull();
        text.setMaxLength(4000);
        text.addValueChangeListener(change -> text.setInvalid(false));
        Span attached = new Span();
        attached.setId("msg-attached");
        Span error = new Span();
        error.setId(ERROR_ID);
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("display", "block");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            attachments.add(new NewDocument(DocumentKind.OTHER, metadata.fileName(), bytes));
            attached.setText(getTranslation("connection.messages.attached",
                    String.join(", ", attachments.stream().map(NewDocument::fileName).toList())));
        }));
        upload.setId(UPLOAD_ID);
        upload.setAcceptedFileTypes(DocumentUpload.ACCEPTED);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setMaxFiles(5);
        upload.setWidthFull();
        upload.addFileRejectedListener(rejected -> error.setText(getTranslation("connection.documents.rejected", rejected.getFileName(),
                DocumentLinks.size(maxBytes, getLocale()))));
        Button send = new Button(getTranslation("connection.messages.send"), click -> {
            try {
                service.writeMessage(viewer, applicationId, text.getValue(), List.copyOf(attachments));
                attachments.clear();
                sent.run();
            } catch (CabinetException e) {
                error.setText(Texts.refusal(this, e));
                if (ConnectionApplicationService.TEXT_REQUIRED.equals(e.code())) {
                    text.setErrorMessage(Texts.refusal(this, e));
                    text.setInvalid(true);
                }
            }
        });
        send.setId(SEND_ID);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, upload, attached, error, send);
    }

    private Div message(ConnectionApplicationService service, Viewer viewer, long applicationId, ApplicationMessage message) {
        Span number = new Span(message.number());
        number.setId("msg-" + message.id() + "-number");
        number.getStyle().set("font-weight", "600");
        String who = message.authorName() + (message.author() == AuthorSide.STAFF ? " · " + getTranslation("connection.messages.staff") : "");
        Span head = new Span(" · " + ConnectionFormat.time(message.at(), getLocale()) + " · " + who);
        head.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div text = new Div(new Span(message.text()));
        text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        Div box = new Div(new Div(number, head), text);
        box.setId("msg-" + message.id());
        for (ApplicationDocument attachment : message.attachments()) {
            box.add(DocumentLinks.link(this, service, viewer, applicationId, attachment));
        }
        box.getStyle().set("border-left", "3px solid " + (message.author() == AuthorSide.STAFF ? "var(--lumo-primary-color)" : "var(--lumo-contrast-30pct)"))
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("background", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        return box;
    }
}
