package io.meterhub.dashboard.appeals;

import io.meterhub.dashboard.ratings.RatingBlock;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.meterhub.dashboard.BrowserSession;
import io.meterhub.dashboard.DemoDashboard;
import io.meterhub.dashboard.correspondence.MessageThread;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appeals on a phone (390 px, real headless Chromium over the production bundle): ivanov writes an appeal with a photo
 * and reads it with its number; the operator writes an answer template, finds the appeal in the queue, takes it and
 * answers from the template with a document; ivanov reads the answer and rates it; the operator sees the rating in the
 * report's charts. Nothing is wider than the phone. Screenshots in {@code target/screenshots/appeals-phone-*.png}.
 */
class AppealsPhoneJourneyTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
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
    void on_a_phone_a_customer_writes_with_a_photo_staff_answer_with_a_document_and_the_customer_rates_it() {
        String appealPath;
        try (BrowserSession browser = BrowserSession.phone(dashboard.url())) {
            browser.logIn("ivanov", "ivan-meter-42");
            Page page = browser.open("appeals/new");
            assertThat(page.locator("#view-title")).hasText("Новое обращение");
            // the grid company's account: the operator below is the grid company's
            page.locator("#" + NewAppealView.ACCOUNT_ID).click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("6300123456")).click();
            page.locator("#" + NewAppealView.CATEGORY_ID).click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Качество услуг")).click();
            page.locator("#" + NewAppealView.SUBJECT_ID + " input").fill("Мигает свет");
            page.locator("#" + MessageThread.TEXT_ID + " textarea").fill("По вечерам мигает свет в квартире");
            page.locator("#" + MessageThread.UPLOAD_ID + " input[type=file]").setInputFiles(new FilePayload("лампа.png", "image/png", PNG));
            assertThat(page.locator("#msg-attached")).containsText("лампа.png");
            assertThat(pageWidth(page)).as("the form scrolls sideways on a phone").isLessThanOrEqualTo(390);
            browser.screenshot("appeals-phone-1-new");
            page.locator("#" + MessageThread.SEND_ID).click();
            page.waitForURL(Pattern.compile(".*/appeals/\\d+$"));
            appealPath = page.url().substring(page.url().indexOf("appeals/"));
            Locator thread = page.locator("#" + MessageThread.ID);
            assertThat(thread).containsText("По вечерам мигает свет");
            assertThat(thread).containsText("лампа.png");
            assertThat(page.locator("[id$='-status']").first()).hasText("Зарегистрировано");
            assertThat(pageWidth(page)).isLessThanOrEqualTo(390);
            browser.screenshot("appeals-phone-2-registered");
        }
        long id = Long.parseLong(appealPath.substring("appeals/".length()));
        try (BrowserSession browser = BrowserSession.phone(dashboard.url())) {
            browser.logIn("operator", "grid-duty-42");
            Page page = browser.open(AnswerTemplatesView.ROUTE);
            page.locator("#" + AnswerTemplatesView.TITLE_ID + " input").fill("Свет: заменён ввод");
            page.locator("#" + AnswerTemplatesView.BODY_ID + " textarea").fill("Заменили ввод в доме, напряжение в норме.");
            page.locator("#" + AnswerTemplatesView.SAVE_ID).click();
            assertThat(page.locator("#" + AnswerTemplatesView.LIST_ID)).containsText("Свет: заменён ввод");
            assertThat(pageWidth(page)).isLessThanOrEqualTo(390);
            browser.screenshot("appeals-phone-3a-templates");
            browser.open(AppealQueueView.ROUTE);
            assertThat(page.locator("#appeal-" + id)).containsText("Мигает свет");
            // a component the production bundle lacks for this route is an empty, unstyled box
            assertThat(page.locator("#" + AppealQueueView.EXPORT_FROM_ID)).isVisible();
            assertThat(pageWidth(page)).isLessThanOrEqualTo(390);
            browser.screenshot("appeals-phone-3-queue");
            browser.open(StaffAppealView.route(id));
            page.locator("#" + StaffAppealView.TAKE_ID).click();
            assertThat(page.locator("#appeal-" + id + "-status")).hasText("В работе");
            page.locator("#" + StaffAppealView.TEMPLATE_ID).click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Свет: заменён ввод")).click();
            assertThat(page.locator("#" + MessageThread.TEXT_ID + " textarea")).hasValue("Заменили ввод в доме, напряжение в норме.");
            page.locator("#" + MessageThread.UPLOAD_ID + " input[type=file]").setInputFiles(new FilePayload("акт.pdf", "application/pdf", PDF));
            assertThat(page.locator("#msg-attached")).containsText("акт.pdf");
            page.locator("#" + MessageThread.SEND_ID).click();
            assertThat(page.locator("#appeal-" + id + "-status")).hasText("Дан ответ");
            assertThat(page.locator("#" + MessageThread.ID)).containsText("акт.pdf");
            assertThat(pageWidth(page)).isLessThanOrEqualTo(390);
            browser.screenshot("appeals-phone-4-answered");
        }
        try (BrowserSession browser = BrowserSession.phone(dashboard.url())) {
            browser.logIn("ivanov", "ivan-meter-42");
            Page page = browser.open(appealPath);
            assertThat(page.locator("#" + MessageThread.ID)).containsText("напряжение в норме");
            assertThat(page.locator("#" + MessageThread.ID)).containsText("акт.pdf");
            assertThat(page.locator("#" + AppealView.REOPEN_ID)).isVisible();
            browser.screenshot("appeals-phone-5-answer");
            page.locator("#" + RatingBlock.SCORE_ID + " vaadin-radio-button", new Page.LocatorOptions().setHasText("5 — отлично")).click();
            page.locator("#" + RatingBlock.COMMENT_ID + " textarea").fill("Быстро и по делу");
            page.locator("#" + RatingBlock.SEND_ID).click();
            assertThat(page.locator("#" + RatingBlock.GIVEN_ID)).hasText("Оценка: 5 из 5");
            assertThat(pageWidth(page)).isLessThanOrEqualTo(390);
            browser.screenshot("appeals-phone-6-rated");
        }
        try (BrowserSession browser = BrowserSession.phone(dashboard.url())) {
            browser.logIn("operator", "grid-duty-42");
            Page page = browser.open(AppealReportView.ROUTE);
            assertThat(page.locator("#" + AppealReportView.SUMMARY_ID)).containsText("Средняя оценка: 5,00 (оценок: 1)");
            // the chart draws into a canvas: one there means the bundle has ECharts for this route
            assertThat(page.locator("#" + AppealReportView.RATING_EMPLOYEES_ID + " canvas")).hasCount(1);
            assertThat(pageWidth(page)).isLessThanOrEqualTo(390);
            browser.screenshot("appeals-phone-7-report");
        }
    }

    private static int pageWidth(Page page) {
        return DemoDashboard.pageWidth(page);
    }
}
