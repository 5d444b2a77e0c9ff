package io.meterhub.dashboard.help;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.help.HelpArticle;
import io.meterhub.cabinet.help.HelpFeature;
import io.meterhub.cabinet.help.HelpTopic;
import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.dashboard.ui.HelpLink;
import io.meterhub.dashboard.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;

/** "Справка": a search box over the articles in the reader's language, and the articles by topic; any signed-in user. */
@Menu(title = "nav.help", order = 90, icon = "vaadin:question-circle-o")
@Route(value = HelpView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.CUSTOMER_NAME, Role.OPERATOR_NAME, Role.ADMIN_NAME, Role.SUPPLIER_NAME})
public class HelpView extends CustomerPage {
    public static final String ROUTE = "help";
    public static final String SEARCH_ID = "help-search";
    public static final String RESULTS_ID = "help-results";
    public static final String TOPICS_ID = "help-topics";
    public static final String EDIT_ID = "help-edit";

    private final transient HelpFeature help;
    private final Div results = new Div();
    private final Div topics = new Div();

    public HelpView(AuthenticationContext authentication, HelpFeature help) {
        super("help.title", authentication);
        this.help = help;
        if (help.readers().mayEdit(viewer)) {
            Anchor edit = new Anchor(HelpEditorView.ROUTE, getTranslation("help.edit"));
            edit.setId(EDIT_ID);
            add(edit);
        }
        TextField search = new TextField(getTranslation("help.search"));
        search.setId(SEARCH_ID);
        search.setPlaceholder(getTranslation("help.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setMaxWidth("560px");
        search.setMaxLength(200);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> search(change.getValue()));
        results.setId(RESULTS_ID);
        results.setWidthFull();
        results.setVisible(false);
        topics.setId(TOPICS_ID);
        topics.setWidthFull();
        add(search, results, topics);
        showTopics();
    }

    private void showTopics() {
        Map<HelpTopic, List<HelpArticle>> byTopic = help.library().topics(viewer, getLocale());
        topics.removeAll();
        if (byTopic.isEmpty()) {
            topics.add(secondary(getTranslation("help.none")));
        }
        byTopic.forEach((topic, articles) -> {
            H3 heading = new H3(getTranslation("help.topic." + topic.name()));
            heading.getStyle().set("margin", "var(--lumo-space-m) 0 var(--lumo-space-xs)").set("font-size", "var(--lumo-font-size-l)");
            Div list = list(articles);
            list.setId("help-topic-" + topic.name());
            topics.add(heading, list);
        });
    }

    private void search(String words) {
        results.removeAll();
        boolean searching = words != null && !words.isBlank();
        results.setVisible(searching);
        topics.setVisible(!searching);
        if (!searching) {
            return;
        }
        List<HelpArticle> found = help.library().search(viewer, words, getLocale());
        results.add(secondary(found.isEmpty() ? getTranslation("help.search.none", words.trim()) : getTranslation("help.search.found", found.size())));
        results.add(list(found));
    }

    private Div list(List<HelpArticle> articles) {
        Div list = new Div();
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        for (HelpArticle article : articles) {
            Anchor link = new Anchor(HelpLink.ROUTE + "/" + article.slug(), article.title());
            link.setId("help-article-link-" + article.slug());
            list.add(link);
        }
        return list;
    }
}
