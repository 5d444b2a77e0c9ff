package io.meterhub.dashboard.help;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.help.HelpFeature;
import io.meterhub.cabinet.help.PageVersion;
import io.meterhub.cabinet.help.PublicPageKind;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.OperatorFormat;
import io.meterhub.dashboard.ui.RequiresModule;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The public pages' editor (module ORGANIZATION): the login text, contacts and "about" in both languages with a live
 * preview; each save is a new version (audited with the one it replaces); the versions listed newest first, any of them
 * loaded back into the editor to be saved again.
 */
@Menu(title = "nav.admin-public-pages", order = 37, icon = "vaadin:globe")
@Route(value = PublicPagesEditorView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
@RequiresModule(StaffModule.ORGANIZATION)
public class PublicPagesEditorView extends ModulePage {
    public static final String ROUTE = "admin/public-pages";
    public static final String KIND_ID = "pages-kind";
    public static final String BODY_RU_ID = "pages-body-ru";
    public static final String BODY_EN_ID = "pages-body-en";
    public static final String SAVE_ID = "pages-save";
    public static final String MESSAGE_ID = "pages-message";
    public static final String HISTORY_ID = "pages-history";
    public static final String OPEN_ID = "pages-open";

    private final transient HelpFeature help;
    private final Select<PublicPageKind> kind = new Select<>();
    private final Span message = new Span();
    private final Div history = new Div();
    private final Anchor open = new Anchor();
    private MarkdownField bodyRu;
    private MarkdownField bodyEn;

    public PublicPagesEditorView(AuthenticationContext authentication, StaffRights rights, HelpFeature help) {
        super("help.pages.title", authentication, rights);
        this.help = help;
        setWidthFull();
        viewer().ifPresent(this::build);
    }

    private void build(Viewer editor) {
        Anchor articles = new Anchor(HelpEditorView.ROUTE, getTranslation("help.editor.to-articles"));
        kind.setId(KIND_ID);
        kind.setLabel(getTranslation("help.pages.kind"));
        kind.setItems(PublicPageKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("help.pages.kind." + k.name()));
        kind.setWidth("min(100%, 22em)");
        kind.addValueChangeListener(change -> load(editor));
        open.setId(OPEN_ID);
        open.setText(getTranslation("help.pages.open"));
        open.setTarget("_blank");
        String preview = getTranslation("help.editor.preview");
        bodyRu = new MarkdownField(getTranslation("help.pages.body-ru"), preview, BODY_RU_ID, help.markdown());
        bodyEn = new MarkdownField(getTranslation("help.pages.body-en"), preview, BODY_EN_ID, help.markdown());
        Button save = new Button(getTranslation("help.pages.save"), click -> save(editor));
        save.setId(SAVE_ID);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        message.setId(MESSAGE_ID);
        history.setId(HISTORY_ID);
        history.setWidthFull();
        history.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        add(articles, HelpEditorView.row(kind, open), bodyRu, bodyEn, note(getTranslation("help.editor.markdown"), null),
                HelpEditorView.row(save, message), new H4(getTranslation("help.pages.history")), history);
        kind.setValue(PublicPageKind.LOGIN);
    }

    private void load(Viewer editor) {
        PublicPageKind page = kind.getValue();
        if (page == null) {
            return;
        }
        PageVersion current = help.pages().current(editor, page);
        bodyRu.setValue(current.bodyRu());
        bodyEn.setValue(current.bodyEn());
        open.setHref(page == PublicPageKind.LOGIN ? "login" : page == PublicPageKind.CONTACTS ? ContactsView.ROUTE : AboutView.ROUTE);
        message.setText("");
        showHistory(editor, page);
    }

    private void showHistory(Viewer editor, PublicPageKind page) {
        history.removeAll();
        List<PageVersion> versions = help.pages().history(editor, page);
        if (versions.isEmpty()) {
            history.add(note(getTranslation("help.pages.history.none"), null));
        }
        ZoneId zone = help.readers().zoneOf(editor.organizationId());
        boolean russian = OperatorFormat.russian(getLocale());
        DateTimeFormatter format = DateTimeFormatter.ofPattern(russian ? "dd.MM.yyyy HH:mm" : "d MMM yyyy HH:mm",
                russian ? Locale.forLanguageTag("ru") : Locale.ENGLISH);
        for (PageVersion version : versions) {
            Span line = new Span(getTranslation("help.pages.version", "№ " + version.version(), format.format(version.savedAt().atZone(zone)),
                    version.savedBy() == null ? getTranslation("help.pages.product") : version.savedBy()));
            Button load = new Button(getTranslation("help.pages.load"), click -> {
                bodyRu.setValue(version.bodyRu());
                bodyEn.setValue(version.bodyEn());
            });
            load.setId("pages-load-" + version.version());
            load.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Div row = HelpEditorView.row(line, load);
            row.setId("pages-version-" + version.version());
            history.add(row);
        }
    }

    private void save(Viewer editor) {
        try {
            PageVersion saved = help.pages().save(editor, kind.getValue(), bodyRu.getValue(), bodyEn.getValue());
            showHistory(editor, kind.getValue());
            HelpEditorView.say(message, getTranslation("help.pages.saved", "№ " + saved.version()), false);
        } catch (CabinetException refused) {
            HelpEditorView.say(message, refused.message(getLocale()), true);
        }
    }

}
