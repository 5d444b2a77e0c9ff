package io.meterhub.dashboard.visits;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.meterhub.dashboard.BrowserSession;
import io.meterhub.dashboard.DemoDashboard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking on a phone (390 px, real headless Chromium over the production bundle). The demo's office receives two at a
 * time: petrova takes one place of the day's last slot, ivanov the last free one, and sidorov then finds that slot full.
 * The operator's schedule shows it taken 2 of 2. Nothing is wider than the phone. Screenshots in
 * {@code target/screenshots/visits-*.png}, at 390 and 1366 px.
 */
class VisitsPhoneJourneyTest {
    private static final String OFFICE = "Центральный офис обслуживания";
    private static DemoDashboard dashboard;

    private static long gridOffice;

    @BeforeAll
    static void start() throws Exception {
        dashboard = DemoDashboard.start();
        try (var connection = dashboard.database.dataSource().getConnection();
             var statement = connection.prepareStatement("SELECT id FROM office WHERE name = ?")) {
            statement.setString(1, OFFICE);
            try (var rows = statement.executeQuery()) {
                rows.next();
                gridOffice = rows.getLong(1);
            }
        }
    }

    @AfterAll
    static void stop() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @Test
    void on_a_phone_a_customer_books_the_last_place_of_a_slot_and_a_third_finds_it_full() {
        String slotId;
        String day;
        try (BrowserSession browser = BrowserSession.phone(dashboard.url())) {
            Page page = openVisits(browser, "petrova", "anna-meter-42");
            Locator last = page.locator("#" + MyVisitsView.SLOTS_ID + " vaadin-button").last();
            assertThat(last).containsText("свободно 2");
            slotId = last.getAttribute("id");
            day = page.locator("#" + MyVisitsView.DATE_ID + " input").inputValue();
            book(page, slotId);
        }
        try (BrowserSession browser = BrowserSession.phone(dashboard.url())) {
            Page page = openVisits(browser, "ivanov", "ivan-meter-42");
            Locator slot = page.locator("#" + slotId);
            assertThat(slot).containsText("свободно 1");
            assertThat(page.locator("#" + MyVisitsView.LIST_ID)).containsText(OFFICE);
            slot.scrollIntoViewIfNeeded();
            browser.screenshot("visits-phone-1-last-place");
            book(page, slotId);
            assertThat(page.locator("#" + MyVisitsView.MESSAGE_ID)).containsText(VisitsPhoneJourneyTest.OFFICE);
            assertThat(page.locator("#" + slotId)).containsText("мест нет");
            assertThat(page.locator("#" + slotId)).isDisabled();
            assertThat(DemoDashboard.pageWidth(page)).as("the page scrolls sideways on a phone").isLessThanOrEqualTo(390);
            page.locator("#" + MyVisitsView.BOOK_ID).scrollIntoViewIfNeeded();
            browser.screenshot("visits-phone-2-booked");
            page.locator("#" + MyVisitsView.LIST_ID).scrollIntoViewIfNeeded();
            browser.screenshot("visits-phone-2b-my-bookings");
        }
        try (BrowserSession browser = BrowserSession.phone(dashboard.url())) {
            Page page = openVisits(browser, "sidorov", "petr-shop-42");
            assertThat(page.locator("#" + MyVisitsView.DATE_ID + " input")).hasValue(day);
            assertThat(page.locator("#" + slotId)).containsText("мест нет");
            assertThat(page.locator("#" + slotId)).isDisabled();
            assertThat(DemoDashboard.pageWidth(page)).isLessThanOrEqualTo(390);
            page.locator("#" + slotId).scrollIntoViewIfNeeded();
            browser.screenshot("visits-phone-3-full-for-a-third");
        }
        try (BrowserSession browser = BrowserSession.sized(dashboard.url(), 1366, 768)) {
            Page page = openVisits(browser, "ivanov", "ivan-meter-42");
            assertThat(page.locator("#" + MyVisitsView.LIST_ID)).containsText("Записан");
            browser.screenshot("visits-desktop-1-customer");
        }
        String time = slotId.substring(slotId.length() - 4);
        for (int width : new int[] {390, 1366}) {
            try (BrowserSession browser = BrowserSession.sized(dashboard.url(), width, width == 390 ? 844 : 768)) {
                browser.logIn("operator", "grid-duty-42");
                Page page = browser.open(VisitScheduleView.ROUTE);
                Locator date = page.locator("#" + VisitScheduleView.DATE_ID + " input");
                date.fill(day);
                date.press("Enter");
                if (page.locator("vaadin-date-picker-overlay[opened]").count() > 0) {
                    date.press("Escape");
                }
                assertThat(page.locator("vaadin-date-picker-overlay[opened]")).hasCount(0);
                Locator line = page.locator("#schedule-line-" + time);
                assertThat(line).containsText("занято 2 из 2");
                assertThat(line).containsText("Петрова Анна Сергеевна");
                assertThat(line).containsText("Иванов Иван Иванович");
                assertThat(page.locator("#" + VisitScheduleView.HOURS_ID)).containsText(Pattern.compile("записей: [23]"));
                assertThat(DemoDashboard.pageWidth(page)).isLessThanOrEqualTo(width);
                line.scrollIntoViewIfNeeded();
                browser.screenshot("visits-" + (width == 390 ? "phone" : "desktop") + "-schedule");
            }
        }
        try (BrowserSession browser = BrowserSession.phone(dashboard.url())) {
            browser.logIn("admin", "grid-chief-42");
            Page page = browser.open(OfficesView.ROUTE);
            assertThat(page.locator("#" + OfficesView.LIST_ID)).containsText(OFFICE);
            assertThat(DemoDashboard.pageWidth(page)).isLessThanOrEqualTo(390);
            browser.screenshot("visits-phone-offices");
        }
    }

    /** Logs in, opens "Запись на приём" (the grid company's office first) and chooses a topic. */
    private static Page openVisits(BrowserSession browser, String login, String password) {
        browser.logIn(login, password);
        // the page opened on the grid company's office, as a link from an office's card or a map opens it
        Page page = browser.open(MyVisitsView.route(gridOffice));
        assertThat(page.locator("#view-title")).hasText("Запись на приём");
        choose(page, MyVisitsView.TOPIC_ID, "Показания и приборы учёта");
        assertThat(page.locator("#" + MyVisitsView.SLOTS_ID + " vaadin-button").first()).isVisible();
        // a phone's select closes as a sliding sheet: let it go before a screenshot
        page.waitForTimeout(600);
        return page;
    }

    /** Opens the select and picks the item, giving the overlay its opening and closing animations. */
    private static void choose(Page page, String selectId, String item) {
        page.locator("#" + selectId).click();
        // an item clicked while the overlay still opens may be missed
        page.waitForTimeout(400);
        // the list's item (moved into the overlay), not the copy the select shows as its value
        page.locator("vaadin-select-list-box vaadin-select-item", new Page.LocatorOptions().setHasText(item)).first().click();
        page.waitForTimeout(400);
    }

    private static void book(Page page, String slotId) {
        page.locator("#" + slotId).click();
        page.locator("#" + MyVisitsView.BOOK_ID).click();
        assertThat(page.locator("#" + MyVisitsView.MESSAGE_ID)).containsText("Вы записаны");
    }
}
