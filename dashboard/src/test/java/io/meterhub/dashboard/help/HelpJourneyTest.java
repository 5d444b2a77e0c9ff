package io.meterhub.dashboard.help;

import com.microsoft.playwright.Page;
import io.meterhub.dashboard.BrowserSession;
import io.meterhub.dashboard.DemoDashboard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help in a real headless Chromium over the production bundle, on a phone (390 px) and a laptop (1366 px): ivanov opens
 * the help from the readings' "Справка" link, searches and reads an article; the administrator edits an article and sees
 * the preview as they type. Nothing is wider than the window. Screenshots in {@code target/screenshots/help-<width>-*.png}.
 */
class HelpJourneyTest {
    private static DemoDashboard dashboard;

    @BeforeAll
    static void start() {
        dashboard = DemoDashboard.start();
    }

    @AfterAll
    static void stop() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @Test
    void on_a_phone_the_help_an_article_and_the_editor_with_its_preview_fit_the_width() {
        journey(BrowserSession::phone, 390);
    }

    @Test
    void on_a_laptop_the_help_an_article_and_the_editor_with_its_preview_fit_the_width() {
        journey(url -> BrowserSession.sized(url, 1366, 768), 1366);
    }

    private static void journey(Function<String, BrowserSession> window, int width) {
        try (BrowserSession browser = window.apply(dashboard.url())) {
            browser.logIn("ivanov", "ivan-meter-42");
            Page page = browser.open("readings");
            assertThat(page.locator("#help-link-readings").first()).hasText("Справка");
            browser.screenshot("help-" + width + "-0-readings-link");
            page.locator("#help-link-readings").first().click();
            assertThat(page.locator("#" + HelpArticleView.TITLE_ID)).hasText("Как передать показания");
            browser.open(HelpView.ROUTE);
            assertThat(page.locator("#help-topic-READINGS")).containsText("Как передать показания");
            assertThat(DemoDashboard.pageWidth(page)).isLessThanOrEqualTo(width);
            browser.screenshot("help-" + width + "-1-topics");
            page.locator("#" + HelpView.SEARCH_ID + " input").fill("подпис");
            assertThat(page.locator("#" + HelpView.RESULTS_ID)).containsText("Как подписать документ");
            browser.screenshot("help-" + width + "-2-search");
            browser.open(io.meterhub.dashboard.ui.HelpLink.ROUTE + "/connection-application");
            assertThat(page.locator("#" + HelpArticleView.BODY_ID + " ol li")).hasCount(5);
            assertThat(DemoDashboard.pageWidth(page)).isLessThanOrEqualTo(width);
            browser.screenshot("help-" + width + "-3-article");
        }
        try (BrowserSession browser = window.apply(dashboard.url())) {
            browser.logIn("admin", "grid-chief-42");
            Page page = browser.open(HelpEditorView.ROUTE);
            page.locator("#" + HelpEditorView.ARTICLE_ID).click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Как оплатить")).click();
            assertThat(page.locator("#" + HelpEditorView.TITLE_RU_ID + " input")).hasValue("Как оплатить");
            page.locator("#" + HelpEditorView.BODY_RU_ID + " textarea").fill("## Оплата в офисе\n\n1. Возьмите **квитанцию**\n2. Придите в кассу\n\n"
                    + "<script>alert(1)</script>");
            assertThat(page.locator("#" + HelpEditorView.BODY_RU_ID + "-preview strong")).hasText("квитанцию");
            assertThat(page.locator("#" + HelpEditorView.BODY_RU_ID + "-preview")).containsText("<script>alert(1)</script>");
            assertThat(page.locator("#" + HelpEditorView.BODY_RU_ID + "-preview script")).hasCount(0);
            assertThat(DemoDashboard.pageWidth(page)).isLessThanOrEqualTo(width);
            page.locator("#" + HelpEditorView.BODY_RU_ID + "-preview").scrollIntoViewIfNeeded();
            browser.screenshot("help-" + width + "-4-editor");
            browser.open(PublicPagesEditorView.ROUTE);
            assertThat(page.locator("#" + PublicPagesEditorView.BODY_RU_ID + "-preview")).containsText("Личный кабинет потребителя");
            assertThat(DemoDashboard.pageWidth(page)).isLessThanOrEqualTo(width);
            browser.screenshot("help-" + width + "-5-public-pages");
        }
        try (BrowserSession browser = window.apply(dashboard.url())) {
            Page page = browser.open(ContactsView.ROUTE);
            assertThat(page.locator("#" + InfoPage.BODY_ID)).containsText("Контакты");
            browser.open("login");
            assertThat(page.locator("#login-text")).containsText("Личный кабинет потребителя");
            assertThat(DemoDashboard.pageWidth(page)).isLessThanOrEqualTo(width);
            browser.screenshot("help-" + width + "-6-login");
        }
    }
}
