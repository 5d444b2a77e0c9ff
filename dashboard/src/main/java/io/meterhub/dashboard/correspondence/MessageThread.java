package io.meterhub.dashboard.correspondence;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.correspondence.NewAttachment;
import io.meterhub.dashboard.i18n.LocalePreference;
import io.meterhub.dashboard.ui.UploadTexts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A thread of messages on any subject: each message with its number ({@code ТП-2026-000123/3}), date,
 * author and attachments; below it, when the viewer may write, a text, attachments and "Send". The
 * page that shows it says how a message is written ({@link Sender}) and how its files are linked.
 * Ids: {@code msg-<id>}, {@code msg-<id>-number}, {@link #TEXT_ID}, {@link #UPLOAD_ID}, {@link #SEND_ID}.
 */
public class MessageThread extends Div {
    public static final String ID = "app-messages";
    public static final String TEXT_ID = "msg-text";
    public static final String UPLOAD_ID = "msg-upload";
    public static final String SEND_ID = "msg-send";
    public static final String ERROR_ID = "msg-error";
    /** The files a thread takes (checked again by their bytes when sent). */
    public static final String[] ACCEPTED = {"application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png"};
    private static final int MAX_TEXT = 4000;
    private static final int MAX_FILES = 5;

    /**
     * One message as shown.
     *
     * @param when  its date and time as the page writes them
     * @param who   its author as the page names them
     * @param staff written by the staff (drawn in the primary colour)
     * @param files the links to its attachments
     */
    public record Entry(long id, String number, String when, String who, boolean staff, String text, List<Component> files) {
    }

    /** Writes a message; a refusal is shown below the form. */
    @FunctionalInterface
    public interface Sender {
        void send(String text, List<NewAttachment> files);
    }

    private final List<NewAttachment> attachments = new ArrayList<>();
    private TextArea text;

    /**
     * @param sender   null when the viewer may not write
     * @param rejected the text for a file the browser refused (too large, wrong type), by its name
     * @param sent     run after a message is written (the page shows the thread again)
     */
    public MessageThread(List<Entry> entries, Sender sender, long maxBytes, Function<String, String> rejected, Runnable sent) {
        this(entries, true, sender, maxBytes, rejected, sent);
    }

    /** The form alone, for a subject's first message (a new appeal): no thread above it yet. */
    public static MessageThread composer(Sender sender, long maxBytes, Function<String, String> rejected, Runnable sent) {
        return new MessageThread(List.of(), false, sender, maxBytes, rejected, sent);
    }

    private MessageThread(List<Entry> entries, boolean thread, Sender sender, long maxBytes, Function<String, String> rejected, Runnable sent) {
        setId(ID);
        setWidthFull();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        if (thread && entries.isEmpty()) {
            Span none = new Span(getTranslation("connection.messages.none"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(none);
        }
        entries.forEach(entry -> add(message(entry)));
        if (sender != null) {
            compose(sender, maxBytes, rejected, sent);
        }
    }

    private void compose(Sender sender, long maxBytes, Function<String, String> rejected, Runnable sent) {
        text = new TextArea(getTranslation("connection.messages.text"));
        text.setId(TEXT_ID);
        text.setWidthFull();
        text.setMaxLength(MAX_TEXT);
        text.addValueChangeListener(change -> text.setInvalid(false));
        Span attached = new Span();
        attached.setId("msg-attached");
        Span error = new Span();
        error.setId(ERROR_ID);
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("display", "block");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            attachments.add(new NewAttachment("OTHER", metadata.fileName(), bytes));
            attached.setText(getTranslation("connection.messages.attached",
                    String.join(", ", attachments.stream().map(NewAttachment::fileName).toList())));
        }));
        upload.setId(UPLOAD_ID);
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setMaxFiles(MAX_FILES);
        upload.setI18n(UploadTexts.documents(this, maxBytes / 1024 / 1024 + ("ru".equals(locale().getLanguage()) ? " МБ" : " MB"),
                "connection.upload.many"));
        upload.setWidthFull();
        upload.addFileRejectedListener(refused -> error.setText(rejected.apply(refused.getFileName())));
        Button send = new Button(getTranslation("connection.messages.send"), click -> {
            try {
                sender.send(text.getValue(), List.copyOf(attachments));
                attachments.clear();
                sent.run();
            } catch (CabinetException e) {
                String why = e.message(locale());
                error.setText(why);
                if (text.getValue() == null || text.getValue().isBlank()) {
                    text.setErrorMessage(why);
                    text.setInvalid(true);
                }
            }
        });
        send.setId(SEND_ID);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, upload, attached, error, send);
    }

    /** Puts a prepared text (a template of an answer) into the form, to be edited before it is sent; nothing without a form. */
    public void prefill(String value) {
        if (text != null) {
            text.setValue(value == null ? "" : value);
        }
    }

    private Div message(Entry entry) {
        Span number = new Span(entry.number());
        number.setId("msg-" + entry.id() + "-number");
        number.getStyle().set("font-weight", "600");
        String who = entry.who() + (entry.staff() ? " · " + getTranslation("connection.messages.staff") : "");
        Span head = new Span(" · " + entry.when() + " · " + who);
        head.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div text = new Div(new Span(entry.text()));
        text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        Div box = new Div(new Div(number, head), text);
        box.setId("msg-" + entry.id());
        entry.files().forEach(box::add);
        box.getStyle().set("border-left", "3px solid " + (entry.staff() ? "var(--lumo-primary-color)" : "var(--lumo-contrast-30pct)"))
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("background", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        return box;
    }

    private static java.util.Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? LocalePreference.RUSSIAN : LocalePreference.supported(ui.getLocale());
    }
}
