package io.meterhub.dashboard.appeals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.meterhub.dashboard.BrowserSession;
import io.meterhub.dashboard.DemoDashboard;
import io.meterhub.dashboard.correspondence.MessageThread;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appeals on a phone (390 px, real headless Chromium over the production bundle): ivanov writes an appeal and reads it
 * with its number; the operator finds it in the queue, takes it and answers; ivanov reads the answer. Nothing is wider
 * than the phone. Screenshots in {@code target/screenshots/appeals-phone-*.png}.
 */
class AppealsPhoneJourneyTest {
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
    void on_a_phone_a_customer_writes_an_appeal_and_reads_the_operators_answer() {
        String appealPath;
        try (BrowserSession browser = BrowserSession.phone(dashboard.url())) {
            browser.logIn("ivanov", "ivanov123");
            Page page = browser.open("appeals/new");
            assertThat(page.locator("#view-title")).hasText("Новое обращение");
            // the grid company's account: the operator below is the grid company's
            page.locator("#" + NewAppealView.ACCOUNT_ID).click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("6300123456")).click();
            page.locator("#" + NewAppealView.CATEGORY_ID).click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Качество услуг")).click();
            page.locator("#" + NewAppealView.SUBJECT_ID + " input").fill("Мигает свет");
            page.locator("#" + MessageThread.TEXT_ID + " textarea").fill("По вечерам мигает свет в квартире");
            assertThat(pageWidth(page)).as("the form scrolls sideways on a phone").isLessThanOrEqualTo(390);
            browser.screenshot("appeals-phone-1-new");
            page.locator("#" + MessageThread.SEND_ID).click();
            page.waitForURL(Pattern.compile(".*/appeals/\\d+$"));
            appealPath = page.url().substring(page.url().indexOf("appeals/"));
            Locator thread = page.locator("#" + MessageThread.ID);
            assertThat(thread).containsText("По вечерам мигает свет");
            assertThat(page.locator("[id$='-status']").first()).hasText("Зарегистрировано");
            assertThat(pageWidth(page)).isLessThanOrEqualTo(390);
            browser.screenshot("appeals-phone-2-registered");
        }
        long id = Long.parseLong(appealPath.substring("appeals/".length()));
        try (BrowserSession browser = BrowserSession.phone(dashboard.url())) {
            browser.logIn("operator", "operator123");
            Page page = browser.open(AppealQueueView.ROUTE);
            assertThat(page.locator("#appeal-" + id)).containsText("Мигает свет");
            // a component the production bundle lacks for this route is an empty, unstyled box
            assertThat(page.locator("#" + AppealQueueView.EXPORT_FROM_ID)).isVisible();
            assertThat(pageWidth(page)).isLessThanOrEqualTo(390);
            browser.screenshot("appeals-phone-3-queue");
            browser.open(StaffAppealView.route(id));
            page.locator("#" + StaffAppealView.TAKE_ID).click();
            assertThat(page.locator("#appeal-" + id + "-status")).hasText("В работе");
            page.locator("#" + MessageThread.TEXT_ID + " textarea").fill("Заменили ввод в доме, напряжение в норме");
            page.locator("#" + MessageThread.SEND_ID).click();
            assertThat(page.locator("#appeal-" + id + "-status")).hasText("Дан ответ");
            assertThat(pageWidth(page)).isLessThanOrEqualTo(390);
            browser.screenshot("appeals-phone-4-answered");
        }
        try (BrowserSession browser = BrowserSession.phone(dashboard.url())) {
            browser.logIn("ivanov", "ivanov123");
            Page page = browser.open(appealPath);
            assertThat(page.locator("#" + MessageThread.ID)).containsText("напряжение в норме");
            assertThat(page.locator("#" + AppealView.REOPEN_ID)).isVisible();
            browser.screenshot("appeals-phone-5-answer");
        }
    }

    private static int pageWidth(Page page) {
        return DemoDashboard.pageWidth(page);
    }
}
