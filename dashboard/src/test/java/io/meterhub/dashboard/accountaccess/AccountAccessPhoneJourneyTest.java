package io.meterhub.dashboard.accountaccess;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.meterhub.dashboard.BrowserSession;
import io.meterhub.dashboard.DemoDashboard;
import io.meterhub.dashboard.readings.ReadingsView;
import io.meterhub.storage.cabinet.Jdbc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's journey on a phone (390 px, real headless Chromium over the demo): a new customer signs up, attaches the
 * demo's free accounts of the grid company and of the housing company by the PINs of their receipts, delegates the
 * readings of the housing account to a relative (Petrova, another customer), and the relative submits a reading of its
 * water meter. Nothing is wider than the phone. Screenshots in {@code target/screenshots/accounts-*.png}.
 */
class AccountAccessPhoneJourneyTest {
    /** What sticks out of the window, when something does: the message of a failed width check. */
    private static final String WIDEST = "Array.from(document.querySelectorAll('*')).filter(e => e.getBoundingClientRect().right > window.innerWidth)"
            + ".slice(0, 8).map(e => e.tagName + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')";
    private static DemoDashboard dashboard;
    private static long meter;

    @BeforeAll
    static void start() {
        dashboard = DemoDashboard.start();
        // the organizations take readings all month, whatever day the test runs on
        Jdbc.update(dashboard.database.dataSource(), "UPDATE organization SET window_first_day = 1, window_last_day = 31");
        meter = Jdbc.one(dashboard.database.dataSource(), "SELECT m.id FROM account_meter m JOIN account a ON a.id = m.account_id WHERE a.number = ?",
                r -> r.getLong(1), "УД-000103").orElseThrow();
    }

    @AfterAll
    static void stop() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @Test
    void a_new_customer_attaches_two_organizations_accounts_and_a_relative_submits_the_delegated_readings() {
        try (BrowserSession browser = BrowserSession.phone(dashboard.url())) {
            Page page = browser.open("register");
            page.locator("#reg-full-name input").fill("Кузнецова Мария Павловна");
            page.locator("#reg-snils input").fill("112-233-445 95");
            page.locator("#reg-phone input").fill("+7 927 444-55-66");
            page.locator("#reg-email input").fill("kuznetsova@example.ru");
            page.locator("#reg-login input").fill("kuznetsova");
            page.locator("#reg-password input").fill("Lipovaya-alleya-7");
            page.locator("#reg-password-again input").fill("Lipovaya-alleya-7");
            page.locator("#reg-submit").click();
            assertThat(page.locator("#reg-code-sent")).containsText("Мы отправили код");
            browser.screenshot("accounts-phone-1-signed-up");

            page = browser.open(MyAccountsView.ROUTE);
            assertThat(page.locator("#view-title")).hasText("Мои лицевые счета");
            assertThat(page.locator("#" + MyAccountsView.LIST_ID)).containsText("Лицевых счетов пока нет");
            attach(page, "6300567890", "1111");
            assertThat(page.locator("#" + MyAccountsView.MESSAGE_ID)).containsText("Осталось попыток: 4");
            attach(page, "6300567890", "2468");
            assertThat(page.locator("#" + MyAccountsView.MESSAGE_ID)).hasText("Лицевой счёт 6300567890 подключён");
            attach(page, "УД-000103", "1357");
            Locator list = page.locator("#" + MyAccountsView.LIST_ID);
            assertThat(list).containsText("Волжская сетевая компания");
            assertThat(list).containsText("УК Уютный дом");
            assertThat(list.locator("[data-account]")).hasCount(2);
            list.scrollIntoViewIfNeeded();
            browser.screenshot("accounts-phone-2-two-organizations");
            assertThat(DemoDashboard.pageWidth(page)).as("the page scrolls sideways on a phone: %s", page.evaluate(WIDEST)).isLessThanOrEqualTo(390);

            page = browser.open(DelegationsView.ROUTE);
            assertThat(page.locator("#view-title")).hasText("Доверенности");
            // the first account of the list (the housing company's) is chosen already
            assertThat(page.locator("#" + DelegationsView.ACCOUNT_ID)).containsText("УД-000103");
            page.locator("#" + DelegationsView.WHOM_ID + " input").fill("petrova");
            page.locator("#" + DelegationsView.GRANT_ID).click();
            assertThat(page.locator("#" + DelegationsView.MESSAGE_ID)).hasText("Доверенность выдана");
            Locator history = page.locator("#" + DelegationsView.HISTORY_ID);
            assertThat(history).containsText("Лицевой счёт УД-000103");
            assertThat(history).containsText("Показания");
            assertThat(history).containsText("Действует");
            assertThat(DemoDashboard.pageWidth(page)).isLessThanOrEqualTo(390);
            browser.screenshot("accounts-phone-3-delegated");
        }
        try (BrowserSession browser = BrowserSession.phone(dashboard.url())) {
            browser.logIn("petrova", "anna-meter-42");
            Page page = browser.open(DelegationsView.ROUTE);
            assertThat(page.locator("#" + DelegationsView.HISTORY_ID)).containsText("kuznetsova");
            page = browser.open("readings/" + meter);
            page.locator("#" + ReadingsView.fieldId(meter, 1) + " input").fill("1234,5");
            page.locator("#" + ReadingsView.submitId(meter)).click();
            assertThat(page.locator("#" + ReadingsView.messageId(meter))).hasText("Показания приняты. Спасибо!");
            assertThat(DemoDashboard.pageWidth(page)).isLessThanOrEqualTo(390);
            browser.screenshot("accounts-phone-4-relative-submitted");
        }
        long submitted = Jdbc.one(dashboard.database.dataSource(), "SELECT count(*) FROM manual_reading r JOIN app_user u ON u.id = r.submitted_by "
                + "WHERE r.account_meter_id = ? AND u.login = 'petrova' AND r.value = 1234.5", r -> r.getLong(1), meter).orElseThrow();
        assertThat(submitted).isEqualTo(1);
    }

    private static void attach(Page page, String number, String pin) {
        page.locator("#" + MyAccountsView.NUMBER_ID + " input").fill(number);
        page.locator("#" + MyAccountsView.SECRET_ID + " input").fill(pin);
        page.locator("#" + MyAccountsView.ATTACH_ID).click();
        page.waitForTimeout(300);
    }
}
