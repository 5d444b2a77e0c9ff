package io.meterhub.dashboard.help;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.help.ArticleDraft;
import io.meterhub.cabinet.help.HelpFeature;
import io.meterhub.cabinet.help.HelpTopic;
import io.meterhub.dashboard.ui.HelpLink;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.OperatorFormat;
import io.meterhub.dashboard.ui.RequiresModule;
import jakarta.annotation.security.RolesAllowed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The help articles' editor (module ORGANIZATION): choose an article (the organization's own or a product default) or start
 * a new one, write both languages in Markdown with a live preview each, save (a default saved becomes the organization's
 * version), delete the organization's version. Every save and delete is audited by the service.
 */
@Menu(title = "nav.admin-help", order = 36, icon = "vaadin:book")
@Route(value = HelpEditorView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
@RequiresModule(StaffModule.ORGANIZATION)
public class HelpEditorView extends ModulePage {
    public static final String ROUTE = "admin/help";
    public static final String ARTICLE_ID = "help-edit-article";
    public static final String NEW_ID = "help-edit-new";
    public static final String SLUG_ID = "help-edit-slug";
    public static final String TOPIC_ID = "help-edit-topic";
    public static final String POSITION_ID = "help-edit-position";
    public static final String TITLE_RU_ID = "help-edit-title-ru";
    public static final String BODY_RU_ID = "help-edit-body-ru";
    public static final String TITLE_EN_ID = "help-edit-title-en";
    public static final String BODY_EN_ID = "help-edit-body-en";
    public static final String SAVE_ID = "help-edit-save";
    public static final String DELETE_ID = "help-edit-delete";
    public static final String MESSAGE_ID = "help-edit-message";
    public static final String DEFAULT_NOTE_ID = "help-edit-default-note";

    private final transient HelpFeature help;
    private final Select<String> article = new Select<>();
    private final TextField slug = new TextField();
    private final Select<HelpTopic> topic = new Select<>();
    private final IntegerField position = new IntegerField();
    private final TextField titleRu = new TextField();
    private final TextField titleEn = new TextField();
    private final Span message = new Span();
    private final Paragraph defaultNote;
    private final Button delete = new Button();
    private MarkdownField bodyRu;
    private MarkdownField bodyEn;
    private final Map<String, ArticleDraft> drafts = new LinkedHashMap<>();

    public HelpEditorView(AuthenticationContext authentication, StaffRights rights, HelpFeature help) {
        super("help.editor.title", authentication, rights);
        this.help = help;
        this.defaultNote = note(getTranslation("help.editor.default-note"), DEFAULT_NOTE_ID);
        setWidthFull();
        viewer().ifPresent(this::build);
    }

    private void build(Viewer editor) {
        Anchor pages = new Anchor(PublicPagesEditorView.ROUTE, getTranslation("help.editor.to-pages"));
        article.setId(ARTICLE_ID);
        article.setLabel(getTranslation("help.editor.article"));
        article.setItemLabelGenerator(this::label);
        article.setWidthFull();
        article.setMaxWidth("560px");
        article.addValueChangeListener(change -> {
            if (change.getValue() != null && drafts.containsKey(change.getValue())) {
                load(drafts.get(change.getValue()));
            }
        });
        Button fresh = new Button(getTranslation("help.editor.new"), click -> load(null));
        fresh.setId(NEW_ID);
        Div choose = row(article, fresh);
        choose.getStyle().set("align-items", "baseline");

        slug.setId(SLUG_ID);
        slug.setLabel(getTranslation("help.editor.slug"));
        slug.setHelperText(getTranslation("help.editor.slug.helper"));
        slug.setMaxLength(63);
        topic.setId(TOPIC_ID);
        topic.setLabel(getTranslation("help.editor.topic"));
        topic.setItems(HelpTopic.values());
        topic.setItemLabelGenerator(t -> getTranslation("help.topic." + t.name()));
        position.setId(POSITION_ID);
        position.setLabel(getTranslation("help.editor.position"));
        position.setMin(0);
        position.setMax(10_000);
        position.setStepButtonsVisible(true);
        titleRu.setId(TITLE_RU_ID);
        titleRu.setLabel(getTranslation("help.editor.title-ru"));
        titleEn.setId(TITLE_EN_ID);
        titleEn.setLabel(getTranslation("help.editor.title-en"));
        for (TextField title : new TextField[]{titleRu, titleEn}) {
            title.setWidthFull();
            title.setMaxLength(200);
        }
        String preview = getTranslation("help.editor.preview");
        bodyRu = new MarkdownField(getTranslation("help.editor.body-ru"), preview, BODY_RU_ID, help.markdown());
        bodyEn = new MarkdownField(getTranslation("help.editor.body-en"), preview, BODY_EN_ID, help.markdown());

        Button save = new Button(getTranslation("help.editor.save"), click -> save(editor));
        save.setId(SAVE_ID);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.setText(getTranslation("help.editor.delete"));
        delete.setId(DELETE_ID);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> delete(editor));
        message.setId(MESSAGE_ID);
        add(pages, choose, defaultNote, row(slug, topic, position), titleRu, bodyRu, titleEn, bodyEn,
                note(getTranslation("help.editor.markdown"), null), row(save, delete), message);
        refresh(editor, null);
    }

    private String label(String key) {
        ArticleDraft d = drafts.get(key);
        if (d == null) {
            return key;
        }
        String title = OperatorFormat.russian(getLocale()) ? (d.titleRu() != null ? d.titleRu() : d.titleEn()) : (d.titleEn() != null ? d.titleEn() : d.titleRu());
        return getTranslation("help.topic." + d.topic().name()) + ": " + title + " (" + getTranslation(d.own() ? "help.editor.own" : "help.editor.default")
                + ")";
    }

    private void refresh(Viewer editor, String select) {
        drafts.clear();
        help.desk().articles(editor).forEach(d -> drafts.put(d.slug(), d));
        article.setItems(drafts.keySet());
        String chosen = select != null && drafts.containsKey(select) ? select : drafts.keySet().stream().findFirst().orElse(null);
        if (chosen == null) {
            load(null);
        } else {
            article.setValue(chosen);
            load(drafts.get(chosen));
        }
    }

    private void load(ArticleDraft draft) {
        if (draft == null) {
            article.clear();
        }
        slug.setValue(draft == null ? "" : draft.slug());
        slug.setReadOnly(draft != null);
        topic.setValue(draft == null ? HelpTopic.OTHER : draft.topic());
        position.setValue(draft == null ? 100 : draft.position());
        titleRu.setValue(draft == null || draft.titleRu() == null ? "" : draft.titleRu());
        titleEn.setValue(draft == null || draft.titleEn() == null ? "" : draft.titleEn());
        bodyRu.setValue(draft == null ? "" : draft.bodyRu());
        bodyEn.setValue(draft == null ? "" : draft.bodyEn());
        defaultNote.setVisible(draft != null && !draft.own());
        delete.setVisible(draft != null && draft.own());
    }

    private void save(Viewer editor) {
        try {
            ArticleDraft saved = help.desk().save(editor, new ArticleDraft(slug.getValue(), topic.getValue(), position.getValue() == null ? 100
                    : position.getValue(), titleRu.getValue(), bodyRu.getValue(), titleEn.getValue(), bodyEn.getValue(), true));
            refresh(editor, saved.slug());
            say(getTranslation("help.editor.saved") + ": " + HelpLink.ROUTE + "/" + saved.slug(), false);
        } catch (CabinetException refused) {
            say(refused.message(getLocale()), true);
        }
    }

    private void delete(Viewer editor) {
        try {
            String gone = slug.getValue();
            help.desk().delete(editor, gone);
            refresh(editor, gone);
            say(getTranslation("help.editor.deleted"), false);
        } catch (CabinetException refused) {
            say(refused.message(getLocale()), true);
        }
    }

    private void say(String text, boolean error) {
        say(message, text, error);
    }

    /** The outcome of a save beside its button: green when done, red with the refusal's reason. */
    static void say(Span message, String text, boolean error) {
        message.setText(text);
        message.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
    }


    static Div row(com.vaadin.flow.component.Component... parts) {
        Div row = new Div(parts);
        row.setWidthFull();
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
        return row;
    }
}
