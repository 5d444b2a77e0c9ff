package io.meterhub.dashboard.notices;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.notices.AudienceCount;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.Texts;

import java.util.function.Supplier;

/**
 * What the staff's two pages share: a form that publishes or, once an item is picked, saves it; the count of those it reaches
 * before it goes out; the refusal of the form in the user's language; the list of the organization's items.
 */
abstract class DeskPage extends ModulePage {
    protected final Span error = new Span();
    protected final Span reach = new Span();
    protected final Button publish = new Button();
    protected final Button preview = new Button();
    protected final Button cancel = new Button();
    protected final Div list = new Div();
    /** The item being edited, null while the form makes a new one. */
    protected Long editing;

    protected DeskPage(String titleKey, AuthenticationContext authentication, StaffRights rights, String prefix) {
        super(titleKey, authentication, rights);
        setWidthFull();
        error.setId(prefix + "-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        reach.setId(prefix + "-reach");
        publish.setId(prefix + "-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.setId(prefix + "-preview");
        preview.setText(getTranslation("notices.desk.preview"));
        cancel.setId(prefix + "-cancel");
        cancel.setText(getTranslation("notices.desk.cancel"));
        list.setId(prefix + "-list");
        list.setWidthFull();
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        editing(null);
    }

    /** The form, its buttons and the list, in a column that fits a phone. */
    protected void layout(Component... fields) {
        Div form = new Div(fields);
        form.setWidthFull();
        form.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)").set("max-width", "640px");
        Div buttons = new Div(preview, publish, cancel);
        buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        form.add(buttons, reach, error);
        add(form, list);
    }

    protected void editing(Long id) {
        editing = id;
        publish.setText(getTranslation(id == null ? "notices.desk.publish" : "notices.desk.save"));
        cancel.setVisible(id != null);
        error.setText("");
        reach.setText("");
    }

    /** Runs a service call; a refusal shows in the form, nothing else happens. */
    protected <T> T attempt(Supplier<T> call) {
        try {
            T result = call.get();
            error.setText("");
            return result;
        } catch (CabinetException refusal) {
            error.setText(Texts.refusal(this, refusal));
            return null;
        }
    }

    protected void showReach(AudienceCount count) {
        if (count != null) {
            reach.setText(getTranslation("notices.desk.reach", count.accounts(), count.users()));
        }
    }

    /** A bordered entry of the list. */
    protected static Div entry(String id, Component... content) {
        Div entry = new Div(content);
        entry.setId(id);
        entry.addClassName("mh-card");
        entry.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box").set("width", "100%").set("max-width", "640px")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)").set("overflow-wrap", "anywhere");
        return entry;
    }

    protected Div actions(String id, Runnable edit, Runnable withdraw) {
        Button change = new Button(getTranslation("notices.desk.edit"), click -> edit.run());
        change.setId(id + "-edit");
        change.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button remove = new Button(getTranslation("notices.desk.withdraw"), click -> withdraw.run());
        remove.setId(id + "-withdraw");
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        Div actions = new Div(change, remove);
        actions.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        return actions;
    }

    protected static Span badge(String text, String theme) {
        return NoticeFormat.pill(new Span(text), theme);
    }
}
