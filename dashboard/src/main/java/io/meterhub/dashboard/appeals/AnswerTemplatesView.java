package io.meterhub.dashboard.appeals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.appeals.AnswerTemplate;
import io.meterhub.cabinet.appeals.AnswerTemplates;
import io.meterhub.cabinet.appeals.AppealCategory;
import io.meterhub.cabinet.appeals.AppealsFeature;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.RequiresModule;
import io.meterhub.dashboard.ui.Texts;
import jakarta.annotation.security.RolesAllowed;

/**
 * The organization's templates of frequent answers: each with its title, the category it is offered in (or every one) and
 * its text; "edit" fills the form, "new" empties it.
 */
@Route(value = AnswerTemplatesView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
@RequiresModule(StaffModule.APPEALS)
public class AnswerTemplatesView extends ModulePage {
    public static final String ROUTE = "admin/appeals/templates";
    public static final String LIST_ID = "templates";
    public static final String TITLE_ID = "template-title";
    public static final String CATEGORY_ID = "template-category";
    public static final String BODY_ID = "template-body";
    public static final String SAVE_ID = "template-save";
    public static final String NEW_ID = "template-new";
    public static final String MESSAGE_ID = "template-message";

    private final transient AppealsFeature appeals;
    private final Div list = new Div();
    private final TextField title = new TextField();
    private final Select<AppealCategory> category = new Select<>();
    private final TextArea body = new TextArea();
    private final Span message = new Span();
    private Long editing;

    public AnswerTemplatesView(AuthenticationContext authentication, StaffRights rights, AppealsFeature appeals) {
        super("appeals.templates.title", authentication, rights);
        this.appeals = appeals;
        setWidthFull();
        viewer().ifPresent(this::build);
    }

    private void build(Viewer staff) {
        list.setId(LIST_ID);
        list.setWidthFull();
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        title.setId(TITLE_ID);
        title.setLabel(getTranslation("appeals.templates.name"));
        title.setMaxLength(AnswerTemplates.MAX_TITLE);
        title.setWidthFull();
        category.setId(CATEGORY_ID);
        category.setLabel(getTranslation("appeals.category"));
        category.setItems(AppealCategory.values());
        String every = getTranslation("appeals.templates.every");
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(every);
        category.setItemLabelGenerator(c -> c == null ? every : Texts.of(this, "appeals.category", c));
        category.setWidthFull();
        body.setId(BODY_ID);
        body.setLabel(getTranslation("appeals.templates.body"));
        body.setWidthFull();
        body.setMinHeight("8em");
        message.setId(MESSAGE_ID);
        Button save = new Button(getTranslation("appeals.templates.save"), click -> save(staff));
        save.setId(SAVE_ID);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button fresh = new Button(getTranslation("appeals.templates.new"), click -> edit(null));
        fresh.setId(NEW_ID);
        Div buttons = new Div(save, fresh);
        buttons.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        Div form = card("template-form");
        form.add(new H3(getTranslation("appeals.templates.form")), title, category, body, message, buttons);
        add(new Anchor(AppealQueueView.ROUTE, getTranslation("appeals.queue.back")), note(getTranslation("appeals.templates.hint"), null), form,
                list);
        refresh(staff);
    }

    private void save(Viewer staff) {
        try {
            appeals.templates().save(staff, editing, category.getValue(), title.getValue(), body.getValue());
            edit(null);
            message.setText(getTranslation("appeals.templates.saved"));
            refresh(staff);
        } catch (CabinetException e) {
            message.setText(Texts.refusal(this, e));
        }
    }

    private void edit(AnswerTemplate template) {
        editing = template == null ? null : template.id();
        title.setValue(template == null ? "" : template.title());
        category.setValue(template == null ? null : template.category());
        body.setValue(template == null ? "" : template.body());
        message.setText("");
    }

    private void refresh(Viewer staff) {
        list.removeAll();
        var templates = appeals.templates().all(staff);
        if (templates.isEmpty()) {
            list.add(note(getTranslation("appeals.templates.none"), null));
        }
        for (AnswerTemplate t : templates) {
            Div row = card("template-" + t.id());
            Span name = new Span(t.title());
            name.getStyle().set("font-weight", "600");
            Span scope = new Span(t.category() == null ? getTranslation("appeals.templates.every") : Texts.of(this, "appeals.category", t.category()));
            scope.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-left", "var(--lumo-space-s)");
            Div text = new Div(new Span(t.body()));
            text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
            Button change = new Button(getTranslation("appeals.templates.edit"), click -> edit(t));
            change.setId("template-" + t.id() + "-edit");
            Button delete = new Button(getTranslation("appeals.templates.delete"), click -> {
                try {
                    appeals.templates().delete(staff, t.id());
                    refresh(staff);
                } catch (CabinetException e) {
                    message.setText(Texts.refusal(this, e));
                }
            });
            delete.setId("template-" + t.id() + "-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            Div buttons = new Div(change, delete);
            buttons.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)");
            row.add(new Div(name, scope), text, buttons);
            list.add(row);
        }
    }
}
