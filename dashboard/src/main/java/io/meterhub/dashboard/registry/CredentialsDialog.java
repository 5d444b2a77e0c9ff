package io.meterhub.dashboard.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.meterhub.cabinet.registry.BrokerCredentials;

import java.util.function.Function;

/** A controller's new broker login, shown this once: only its hash is kept, so the hint says to copy it now. */
final class CredentialsDialog extends Dialog {
    static final String PASSWORD_ID = "registry-credentials-password";

    CredentialsDialog(Function<String, String> t, BrokerCredentials credentials) {
        setHeaderTitle(t.apply("admin.registry.credentials.title"));
        setId("registry-credentials");
        Paragraph once = new Paragraph(t.apply("admin.registry.credentials.once"));
        once.setId("registry-credentials-once");
        once.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        TextField user = readOnly(t.apply("admin.registry.credentials.user"), credentials.user(), "registry-credentials-user");
        TextField password = readOnly(t.apply("admin.registry.credentials.password"), credentials.password(), PASSWORD_ID);
        password.getStyle().set("font-family", "monospace");
        TextField topic = readOnly(t.apply("admin.registry.credentials.topic"), credentials.topic(), "registry-credentials-topic");
        Button copy = new Button(t.apply("admin.registry.credentials.copy"), click -> {
            getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", credentials.password());
            click.getSource().setText(t.apply("admin.registry.credentials.copied"));
        });
        copy.setId("registry-credentials-copy");
        Paragraph hint = new Paragraph(t.apply("admin.registry.credentials.hint"));
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(once, user, password, copy, topic, hint);
        Button done = new Button(t.apply("admin.registry.credentials.done"), click -> close());
        done.setId("registry-credentials-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
        setWidth("min(520px, 96vw)");
    }

    private static TextField readOnly(String label, String value, String id) {
        TextField field = new TextField(label, value, "");
        field.setReadOnly(true);
        field.setWidthFull();
        field.setId(id);
        return field;
    }
}
