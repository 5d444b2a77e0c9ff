package io.meterhub.dashboard.help;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.help.HelpFeature;
import io.meterhub.cabinet.help.PublicPageKind;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.DemoSeedBeans;
import io.meterhub.dashboard.KaribuSpringTest;
import io.meterhub.dashboard.connection.MyApplicationsView;
import io.meterhub.dashboard.payments.PaymentsView;
import io.meterhub.dashboard.readings.ReadingsView;
import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.dashboard.ui.LoginView;
import io.meterhub.dashboard.ui.MarkdownText;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.PlaceholderView;
import io.meterhub.cabinet.users.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The help pages over the demo's seed (Karibu-Testing, real services, fresh database): a customer reads the default
 * articles by topic, searches them and opens one; the readings, payments and the application form link to their articles;
 * an administrator edits an article and a public page with the live preview (hostile Markdown stays text) and the readers
 * get the new text, the login page the default organization's; an operator without ORGANIZATION and a customer are kept
 * out of the editors; English by the switch.
 */
@SpringBootTest(classes = {DashboardApplication.class, DemoSeedBeans.class}, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"spring.config.name=" + DashboardApplication.CONFIG_NAME, HelpConfiguration.DEFAULT_ORGANIZATION_VARIABLE + "=" + DemoSeedBeans.GRID})
@DirtiesContext
class HelpViewsTest extends KaribuSpringTest {
    @Autowired
    private HelpFeature help;
    @Autowired
    private UserService users;

    @Test
    void a_customer_reads_the_articles_by_topic_searches_them_and_opens_one() {
        signIn("ivanov", "ivan-meter-42");
        UI.getCurrent().navigate(HelpView.class);
        assertThat(title()).isEqualTo("Справка");
        assertThat(text("help-topic-READINGS")).contains("Как передать показания");
        // the grid company's own article beside the product's
        assertThat(text("help-topic-ACCOUNT")).contains("Где найти номер лицевого счёта");
        assertThat(text(HelpView.TOPICS_ID)).contains("Оплата").contains("Технологическое присоединение").contains("Подписание документов")
                .contains("Обращения");
        _assertNone(Anchor.class, spec -> spec.withId(HelpView.EDIT_ID));

        _get(TextField.class, spec -> spec.withId(HelpView.SEARCH_ID)).setValue("подписать");
        assertThat(text(HelpView.RESULTS_ID)).startsWith("Найдено: 1").contains("Как подписать документ");
        _assertNone(Component.class, spec -> spec.withId(HelpView.TOPICS_ID));
        _get(TextField.class, spec -> spec.withId(HelpView.SEARCH_ID)).setValue("абракадабра");
        assertThat(text(HelpView.RESULTS_ID)).isEqualTo("По запросу «абракадабра» ничего не найдено");

        _get(TextField.class, spec -> spec.withId(HelpView.SEARCH_ID)).clear();
        _assertNone(Component.class, spec -> spec.withId(HelpView.RESULTS_ID));
        assertThat(_get(Anchor.class, spec -> spec.withId("help-article-link-readings")).getHref()).isEqualTo("help/article/readings");
        UI.getCurrent().navigate("help/article/readings");
        assertThat(text(HelpArticleView.TITLE_ID)).isEqualTo("Как передать показания");
        assertThat(html(HelpArticleView.BODY_ID)).contains("<strong>период приёма</strong>").contains("<ol>");
        _assertNone(Component.class, spec -> spec.withId(HelpArticleView.FALLBACK_ID));

        UI.getCurrent().navigate("help/article/no-such-thing");
        assertThat(text(CustomerPage.NOT_FOUND_ID)).isEqualTo("Такой статьи нет");
    }

    @Test
    void the_readings_payments_and_the_application_form_link_to_their_articles() {
        signIn("ivanov", "ivan-meter-42");
        UI.getCurrent().navigate(ReadingsView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("help-link-readings")).getHref()).isEqualTo("help/article/readings");
        assertThat(text("help-link-readings")).isEqualTo("Справка");
        UI.getCurrent().navigate(PaymentsView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("help-link-payments")).getHref()).isEqualTo("help/article/payments");
        UI.getCurrent().navigate(MyApplicationsView.class);
        _click(_get(Button.class, spec -> spec.withId(MyApplicationsView.CREATE_ID)));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).endsWith("/form/1");
        assertThat(_get(Anchor.class, spec -> spec.withId("help-link-connection-application")).getHref())
                .isEqualTo("help/article/connection-application");
        // the article the link opens
        UI.getCurrent().navigate("help/article/connection-application");
        assertThat(text(HelpArticleView.TITLE_ID)).isEqualTo("Заявка на технологическое присоединение: шаги");
    }

    @Test
    void an_administrator_edits_an_article_with_a_live_preview_and_the_customer_reads_the_new_text() {
        signIn("admin", "grid-chief-42");
        UI.getCurrent().navigate(HelpEditorView.class);
        @SuppressWarnings("unchecked")
        Select<String> article = _get(Select.class, spec -> spec.withId(HelpEditorView.ARTICLE_ID));
        article.setValue("appeals");
        _assertOne(Component.class, spec -> spec.withId(HelpEditorView.DEFAULT_NOTE_ID));
        _assertNone(Button.class, spec -> spec.withId(HelpEditorView.DELETE_ID));
        assertThat(_get(TextField.class, spec -> spec.withId(HelpEditorView.TITLE_RU_ID)).getValue())
                .isEqualTo("Обращения: как написать и когда ждать ответ");

        TextArea body = _get(TextArea.class, spec -> spec.withId(HelpEditorView.BODY_RU_ID));
        body.setValue("Пишите в **Волжскую СК** <script>alert(1)</script> [сайт](javascript:alert(2))");
        String preview = html(HelpEditorView.BODY_RU_ID + "-preview");
        assertThat(preview).contains("<strong>Волжскую СК</strong>").contains("&lt;script&gt;").doesNotContain("<script")
                .doesNotContain("javascript:");
        _click(_get(Button.class, spec -> spec.withId(HelpEditorView.SAVE_ID)));
        assertThat(text(HelpEditorView.MESSAGE_ID)).startsWith("Сохранено");
        _assertOne(Button.class, spec -> spec.withId(HelpEditorView.DELETE_ID));

        _click(_get(Button.class, spec -> spec.withId(HelpEditorView.NEW_ID)));
        _get(TextField.class, spec -> spec.withId(HelpEditorView.SLUG_ID)).setValue("Плохой адрес");
        _get(TextField.class, spec -> spec.withId(HelpEditorView.TITLE_RU_ID)).setValue("Заголовок");
        _click(_get(Button.class, spec -> spec.withId(HelpEditorView.SAVE_ID)));
        assertThat(text(HelpEditorView.MESSAGE_ID)).startsWith("Адрес статьи: от 1 до 63");

        newUi();
        signIn("ivanov", "ivan-meter-42");
        UI.getCurrent().navigate("help/article/appeals");
        assertThat(html(HelpArticleView.BODY_ID)).contains("<strong>Волжскую СК</strong>").doesNotContain("<script");
        // English was left as the product wrote it
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("help/article/readings");
        assertThat(text(HelpArticleView.TITLE_ID)).isEqualTo("How to submit readings");
    }

    @Test
    void an_administrator_saves_a_public_page_sees_its_versions_and_a_visitor_reads_it_without_login() {
        signIn("admin", "grid-chief-42");
        UI.getCurrent().navigate(PublicPagesEditorView.class);
        @SuppressWarnings("unchecked")
        Select<PublicPageKind> kind = _get(Select.class, spec -> spec.withId(PublicPagesEditorView.KIND_ID));
        assertThat(kind.getValue()).isEqualTo(PublicPageKind.LOGIN);
        kind.setValue(PublicPageKind.ABOUT);
        assertThat(text(PublicPagesEditorView.HISTORY_ID)).contains("ещё не меняла");
        // the demo's administrator wrote the contacts once
        kind.setValue(PublicPageKind.CONTACTS);
        assertThat(_get(TextArea.class, spec -> spec.withId(PublicPagesEditorView.BODY_RU_ID)).getValue()).contains("+7 846 300-00-00");
        assertThat(history().getComponentCount()).isEqualTo(1);
        _get(TextArea.class, spec -> spec.withId(PublicPagesEditorView.BODY_RU_ID)).setValue("## Контакты\n\nДиспетчер: **+7 846 300-00-00**");
        assertThat(html(PublicPagesEditorView.BODY_RU_ID + "-preview")).contains("<h2>Контакты</h2>").contains("<strong>+7 846 300-00-00</strong>");
        _click(_get(Button.class, spec -> spec.withId(PublicPagesEditorView.SAVE_ID)));
        assertThat(text(PublicPagesEditorView.MESSAGE_ID)).startsWith("Сохранено как версия №");
        assertThat(history().getComponentCount()).isEqualTo(2);
        assertThat(text(PublicPagesEditorView.HISTORY_ID)).contains("Администратор Волжской СК");
        // an older version loads back into the editor
        String older = history().getChildren().skip(1).findFirst().orElseThrow().getId().orElseThrow().replace("pages-version-", "");
        _click(_get(Button.class, spec -> spec.withId("pages-load-" + older)));
        assertThat(_get(TextArea.class, spec -> spec.withId(PublicPagesEditorView.BODY_RU_ID)).getValue()).contains("круглосуточно");

        kind.setValue(PublicPageKind.LOGIN);
        _get(TextArea.class, spec -> spec.withId(PublicPagesEditorView.BODY_RU_ID)).setValue("Кабинет **Волжской СК**");
        _click(_get(Button.class, spec -> spec.withId(PublicPagesEditorView.SAVE_ID)));

        newUi();
        UI.getCurrent().navigate(ContactsView.class);
        assertThat(html(InfoPage.BODY_ID)).contains("<strong>+7 846 300-00-00</strong>");
        UI.getCurrent().navigate(LoginView.class);
        assertThat(html(LoginView.TEXT_ID)).contains("<strong>Волжской СК</strong>");
        assertThat(_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId(LoginView.CONTACTS_LINK_ID)).getHref()).isEqualTo("info/contacts");
        UI.getCurrent().navigate(AboutView.class);
        assertThat(html(InfoPage.BODY_ID)).contains("<h2>О сервисе</h2>");
        // a visitor reads the public pages, not the help: the help sends them to the login
        UI.getCurrent().navigate(HelpView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
    }

    @Test
    void an_operator_without_the_organization_module_and_a_customer_are_kept_out_of_the_editors() {
        signIn("operator", "grid-duty-42");
        UI.getCurrent().navigate(HelpEditorView.class);
        _assertOne(Component.class, spec -> spec.withId(ModulePage.NO_MODULE_ID));
        _assertNone(Component.class, spec -> spec.withId(HelpEditorView.SAVE_ID));
        UI.getCurrent().navigate(PublicPagesEditorView.class);
        _assertOne(Component.class, spec -> spec.withId(ModulePage.NO_MODULE_ID));
        // the operator reads the help all the same
        UI.getCurrent().navigate(HelpView.class);
        assertThat(text(HelpView.TOPICS_ID)).contains("Как передать показания");
        assertThatThrownBy(() -> help.desk().articles(users.findByLogin("operator").orElseThrow().viewer())).isInstanceOf(AccessDeniedException.class);

        newUi();
        signIn("ivanov", "ivan-meter-42");
        assertThatThrownBy(() -> UI.getCurrent().navigate(HelpEditorView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(PublicPagesEditorView.class)).isInstanceOf(MockAccessDeniedException.class);

        newUi();
        signIn("admin", "grid-chief-42");
        UI.getCurrent().navigate(HelpView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId(HelpView.EDIT_ID)).getHref()).isEqualTo(HelpEditorView.ROUTE);
    }

    @Test
    void the_help_reads_in_english_by_the_switch_and_both_bundles_have_the_same_keys() throws IOException {
        signIn("ivanov", "ivan-meter-42");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(HelpView.class);
        assertThat(title()).isEqualTo("Help");
        assertThat(text("help-topic-PAYMENTS")).contains("How to pay");
        _get(TextField.class, spec -> spec.withId(HelpView.SEARCH_ID)).setValue("signature");
        assertThat(text(HelpView.RESULTS_ID)).contains("How to sign a document");
        assertThat(bundle("i18n/help_ru.properties").stringPropertyNames()).isEqualTo(bundle("i18n/help.properties").stringPropertyNames());
        assertThat(bundle("help-messages_ru.properties").stringPropertyNames()).isEqualTo(bundle("help-messages.properties").stringPropertyNames());
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HelpViewsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static com.vaadin.flow.component.html.Div history() {
        return (com.vaadin.flow.component.html.Div) _get(Component.class, spec -> spec.withId(PublicPagesEditorView.HISTORY_ID));
    }

    private static String title() {
        return _get(H2.class, spec -> spec.withId(PlaceholderView.TITLE_ID)).getText();
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static String html(String id) {
        return ((MarkdownText) _get(Component.class, spec -> spec.withId(id))).html();
    }
}
