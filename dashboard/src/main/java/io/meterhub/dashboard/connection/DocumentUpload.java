package io.meterhub.dashboard.connection;

import io.meterhub.dashboard.ui.UploadTexts;

import io.meterhub.dashboard.ui.Texts;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.connection.DocumentKind;
import io.meterhub.cabinet.connection.NewDocument;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Uploads one document of a chosen kind: PDF, JPG or PNG up to the size limit. The browser refuses
 * other files at once; the service checks the bytes again (a renamed file is still refused). Every
 * refusal is said in words next to the upload ({@code <id>-message}); a success says what was attached.
 */
public class DocumentUpload extends Div {
    /** What the browser offers to choose; the service decides by the bytes. */
    public static final String[] ACCEPTED = {"application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png"};

    private final Select<DocumentKind> kind = new Select<>();
    private final Upload upload;
    private final Span message = new Span();

    /**
     * @param kinds    the kinds one may choose (one kind: no choice shown)
     * @param maxBytes the size limit, said in the hint and enforced by the browser
     * @param save     attaches the document; a {@link CabinetException} is shown as the refusal
     * @param saved    called after a successful save (the page shows the new state)
     */
    public DocumentUpload(String id, List<DocumentKind> kinds, long maxBytes, Consumer<NewDocument> save, Runnable saved) {
        setId(id);
        setWidthFull();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        Locale locale = getLocale();
        String limit = DocumentLinks.size(maxBytes, locale);
        kind.setId(id + "-kind");
        kind.setLabel(getTranslation("connection.documents.kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> Texts.of(this, "connection.document.kind", k));
        kind.addValueChangeListener(change -> kind.setInvalid(false));
        if (kinds.size() == 1) {
            kind.setValue(kinds.get(0));
            kind.setVisible(false);
        }
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            DocumentKind chosen = kind.getValue();
            if (chosen == null) {
                kind.setErrorMessage(getTranslation("connection.documents.kind.required"));
                kind.setInvalid(true);
                fail(getTranslation("connection.documents.kind.required"));
                return;
            }
            try {
                save.accept(new NewDocument(chosen, metadata.fileName(), bytes));
                succeed(getTranslation("connection.documents.attached", Texts.of(this, "connection.document.kind", chosen), metadata.fileName()));
                clearFiles();
                saved.run();
            } catch (CabinetException e) {
                fail(Texts.refusal(this, e));
                clearFiles();
            }
        }));
        upload.setId(id + "-upload");
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setMaxFiles(1);
        upload.setI18n(UploadTexts.documents(this, limit, "connection.upload.one"));
        upload.setWidthFull();
        upload.addFileRejectedListener(rejected -> fail(getTranslation("connection.documents.rejected", rejected.getFileName(), limit)));
        Span hint = new Span(getTranslation("connection.documents.hint", limit));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        message.setId(id + "-message");
        message.getStyle().set("display", "block");
        add(kind, upload, hint, message);
    }

    private void clearFiles() {
        upload.clearFileList();
    }

    public Upload upload() {
        return upload;
    }

    public Select<DocumentKind> kind() {
        return kind;
    }

    private void succeed(String text) {
        message.setText(text);
        message.getStyle().set("color", "var(--lumo-success-text-color)");
    }

    private void fail(String text) {
        message.setText(text);
        message.getStyle().set("color", "var(--lumo-error-text-color)");
    }
}
