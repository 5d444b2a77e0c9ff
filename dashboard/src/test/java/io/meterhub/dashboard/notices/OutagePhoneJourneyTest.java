package io.meterhub.dashboard.notices;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.meterhub.dashboard.BrowserSession;
import io.meterhub.dashboard.DemoDashboard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A planned outage on a phone (390 px, real headless Chromium over the production bundle): the grid company's administrator
 * writes an outage for ivanov's house on Молодогвардейская, sees that it reaches one account and one user, publishes it;
 * ivanov opens the overview and finds it with the seeded announcement. Nothing is wider than the phone. Screenshots in
 * {@code target/screenshots/notices-phone-*.png}, and the same pages at 1366 px in {@code notices-laptop-*.png}.
 */
class OutagePhoneJourneyTest {
    private static final String REASON = "Аварийно-восстановительные работы на КЛ-0,4 кВ";
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
    void on_a_phone_staff_publish_an_outage_for_ivanovs_street_and_ivanov_sees_it_on_the_overview() {
        try (BrowserSession browser = BrowserSession.phone(dashboard.url())) {
            browser.logIn("admin", "grid-chief-42");
            Page page = browser.open(OutagesView.ROUTE);
            assertThat(page.locator("#view-title")).hasText("Плановые отключения");
            // a component the production bundle lacks is an empty, unstyled box
            assertThat(page.locator("#" + OutagesView.START_ID + " input").first()).isVisible();
            page.locator("#" + OutagesView.REASON_ID + " textarea").fill(REASON);
            page.locator("#" + OutagesView.ADDRESSES_ID + " textarea").fill("ул. Молодогвардейская, 151");
            page.locator("#outage-preview").click();
            assertThat(page.locator("#outage-reach")).hasText("Получат: лицевых счетов — 1, пользователей кабинета — 1");
            assertThat(pageWidth(page)).as("the form scrolls sideways on a phone").isLessThanOrEqualTo(390);
            browser.screenshot("notices-phone-1-outage-form");
            page.locator("#outage-publish").click();
            assertThat(page.locator("#outage-list")).containsText(REASON);
            assertThat(page.locator("#outage-list")).containsText("ул. Молодогвардейская, 151");
            assertThat(pageWidth(page)).isLessThanOrEqualTo(390);
            browser.screenshot("notices-phone-2-outage-published");
        }
        try (BrowserSession browser = BrowserSession.phone(dashboard.url())) {
            browser.logIn("ivanov", "ivan-meter-42");
            Page page = browser.open("overview");
            Locator outages = page.locator("#" + CustomerNotices.OUTAGES_ID);
            assertThat(outages).containsText(REASON);
            assertThat(outages).containsText("Электроэнергия");
            assertThat(outages).containsText("6300123456");
            assertThat(page.locator("#" + CustomerNotices.ANNOUNCEMENTS_ID)).containsText("Показания — через личный кабинет");
            assertThat(page.locator("#" + CustomerNotices.UNREAD_ID)).hasText("Новых: 1");
            assertThat(pageWidth(page)).as("the overview scrolls sideways on a phone").isLessThanOrEqualTo(390);
            browser.screenshot("notices-phone-3-overview");
            page.locator("#" + CustomerNotices.ANNOUNCEMENTS_ID + " vaadin-details-summary").first().click();
            assertThat(page.locator("#" + CustomerNotices.ANNOUNCEMENTS_ID)).containsText("Передавайте показания");
            assertThat(page.locator("#" + CustomerNotices.UNREAD_ID)).isHidden();
            browser.screenshot("notices-phone-4-read");
        }
        try (BrowserSession browser = BrowserSession.laptop(dashboard.url())) {
            browser.logIn("ivanov", "ivan-meter-42");
            Page page = browser.open(NoticesView.ROUTE);
            assertThat(page.locator("#" + CustomerNotices.OUTAGES_ID)).containsText(REASON);
            browser.screenshot("notices-laptop-1-customer-page");
        }
        try (BrowserSession browser = BrowserSession.laptop(dashboard.url())) {
            browser.logIn("admin", "grid-chief-42");
            Page page = browser.open(AnnouncementsView.ROUTE);
            assertThat(page.locator("#announcement-list")).containsText("Показания — через личный кабинет");
            browser.screenshot("notices-laptop-2-announcements");
            browser.open(OutagesView.ROUTE);
            assertThat(page.locator("#outage-list")).containsText(REASON);
            browser.screenshot("notices-laptop-3-outages");
        }
    }

    private static int pageWidth(Page page) {
        return DemoDashboard.pageWidth(page);
    }
}
