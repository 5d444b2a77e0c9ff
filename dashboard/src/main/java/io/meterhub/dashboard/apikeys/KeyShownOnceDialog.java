package io.meterhub.dashboard.apikeys;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import io.meterhub.cabinet.apikeys.CreatedKey;

import java.util.function.Function;

/**
 * A new key, shown this once: only its hash is kept, so the warning says to copy it now. The secret
 * lives in this dialog alone and is gone when it closes.
 */
final class KeyShownOnceDialog extends Dialog {
    static final String ID = "api-key-created";
    static final String SECRET_ID = "api-key-secret";
    static final String COPY_ID = "api-key-copy";
    static final String DONE_ID = "api-key-done";

    KeyShownOnceDialog(Function<String, String> t, CreatedKey created) {
        setHeaderTitle(t.apply("apikeys.created.title"));
        setId(ID);
        Paragraph once = new Paragraph(t.apply("apikeys.created.once"));
        once.setId("api-key-once");
        once.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600").set("margin-top", "0");
        // a text area, so that the 61 characters wrap on a phone instead of hiding behind the field's edge
        TextArea secret = new TextArea(t.apply("apikeys.created.key"));
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setId(SECRET_ID);
        secret.getStyle().set("font-family", "monospace").set("word-break", "break-all");
        Button copy = new Button(t.apply("apikeys.created.copy"), click -> {
            getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", created.secret());
            click.getSource().setText(t.apply("apikeys.created.copied"));
        });
        copy.setId(COPY_ID);
        Paragraph hint = new Paragraph(t.apply("apikeys.created.hint"));
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(once, secret, copy, hint);
        Button done = new Button(t.apply("apikeys.created.done"), click -> close());
        done.setId(DONE_ID);
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
        setWidth("min(560px, 96vw)");
    }
}
