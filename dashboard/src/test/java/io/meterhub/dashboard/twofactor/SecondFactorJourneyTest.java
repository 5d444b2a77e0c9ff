package io.meterhub.dashboard.twofactor;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import io.meterhub.cabinet.twofactor.Totp;
import io.meterhub.dashboard.BrowserSession;
import io.meterhub.dashboard.DemoDashboard;
import io.meterhub.demo.DemoSecondFactors;
import io.meterhub.storage.cabinet.Jdbc;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-factor sign-in in a real browser over the demo's data and a real SMTP server (GreenMail): a staff member's
 * password alone reaches no page (each route answers with a redirect to the second-factor page) until the
 * authenticator's code, which signs in under a new session id; a wrong code shows in "where you signed in"; staff
 * without an authenticator set one up (QR and key) and get recovery codes that work once; a customer who switched the
 * email code on signs in with the code from the mail.
 */
class SecondFactorJourneyTest {
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static GreenMail mail;
    private static DemoDashboard demo;

    @BeforeAll
    static void start() {
        mail = new GreenMail(ServerSetup.SMTP.dynamicPort());
        mail.start();
        Map<String, String> smtp = Map.of("MH_SMTP_HOST", "127.0.0.1", "MH_SMTP_PORT", String.valueOf(mail.getSmtp().getPort()),
                "MH_SMTP_FROM", "noreply@meterhub.example", "MH_SMTP_STARTTLS", "false");
        smtp.forEach(System::setProperty);
        try {
            demo = DemoDashboard.start();
        } finally {
            smtp.keySet().forEach(System::clearProperty);
        }
    }

    @AfterAll
    static void stop() {
        if (demo != null) {
            demo.close();
        }
        mail.stop();
    }

    private static String sessionId(BrowserSession browser) {
        return browser.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse("");
    }

    /** The plain text part of a mail, decoded. */
    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof jakarta.mail.Multipart parts ? String.valueOf(parts.getBodyPart(0).getContent()) : String.valueOf(content);
    }

    /** The login form with the right password: the browser is on the second-factor page then. */
    private static Page passwordOnly(BrowserSession browser, String login, String password) {
        Page page = browser.submitLogin(login, password);
        page.waitForURL(url -> url.endsWith("/" + SecondFactorView.ROUTE));
        return page;
    }

    private static void code(Page page, String code) {
        page.locator("#" + SecondFactorView.CODE_ID + " input").fill(code);
        page.locator("#" + SecondFactorView.CODE_ID + " input").press("Enter");
    }

    @Test
    void staff_password_alone_reaches_no_page_and_the_authenticators_code_signs_in_under_a_new_session() {
        try (BrowserSession browser = BrowserSession.desktop(demo.url())) {
            Page page = passwordOnly(browser, "uk-operator", "operator123");
            assertThat(page.locator("#" + SecondFactorView.CODE_ID)).isVisible();
            // an operator's page, a page of any signed-in user, the start page, even the login and an open page: all answer "go to the second factor"
            for (String route : List.of("review-queue", "sign-ins", "", "login", "calculator")) {
                APIResponse response = browser.context().request().get(demo.url() + route,
                        RequestOptions.create().setMaxRedirects(0).setHeader("Accept", "text/html"));
                assertThat(response.status()).as("GET /%s", route).isEqualTo(302);
                assertThat(response.headers().get("location")).as("GET /%s", route).endsWith("/" + SecondFactorView.ROUTE);
            }
            browser.open("review-queue");
            page.waitForURL(url -> url.endsWith("/" + SecondFactorView.ROUTE));
            browser.screenshot("second-factor-code");
            String pendingSession = sessionId(browser);

            String secret = DemoSecondFactors.SECRETS.get("uk-operator");
            String right = Totp.code(secret, Instant.now());
            code(page, right.equals("000000") ? "111111" : "000000");
            assertThat(page.locator("#" + SecondFactorView.MESSAGE_ID)).hasText("Код неверный или уже использован");
            assertThat(page.url()).endsWith("/" + SecondFactorView.ROUTE);
            code(page, Totp.code(secret, Instant.now()));
            page.waitForURL(url -> !url.contains("/" + SecondFactorView.ROUTE));
            assertThat(page.locator("#current-user")).hasText("Оператор УК Уютный дом");
            assertThat(sessionId(browser)).as("a new session id once signed in").isNotEmpty().isNotEqualTo(pendingSession);

            browser.open("sign-ins");
            assertThat(page.locator("#sign-ins-mine")).containsText("Неверный код второго фактора");
            assertThat(page.locator("#" + SecondFactorSettings.STATUS_ID)).containsText("подключено");
        }
    }

    @Test
    void staff_without_an_authenticator_sets_one_up_first_and_a_recovery_code_works_once() {
        Jdbc.update(demo.database.dataSource(), "DELETE FROM second_factor WHERE user_id = (SELECT id FROM app_user WHERE login = 'uk-admin')");
        List<String> recovery;
        try (BrowserSession browser = BrowserSession.desktop(demo.url())) {
            Page page = passwordOnly(browser, "uk-admin", "admin123");
            assertThat(page.locator("#" + EnrolmentForm.QR_ID)).isVisible();
            APIResponse admin = browser.context().request().get(demo.url() + "admin/customers",
                    RequestOptions.create().setMaxRedirects(0).setHeader("Accept", "text/html"));
            assertThat(admin.headers().get("location")).endsWith("/" + SecondFactorView.ROUTE);
            browser.screenshot("second-factor-enrolment");
            String secret = page.locator("#" + EnrolmentForm.SECRET_ID).innerText().replace(" ", "");
            assertThat(secret).matches("[A-Z2-7]{32}");
            page.locator("#" + EnrolmentForm.CODE_ID + " input").fill(Totp.code(secret, Instant.now()).equals("123456") ? "654321" : "123456");
            page.locator("#" + EnrolmentForm.CONFIRM_ID).click();
            assertThat(page.locator("#" + EnrolmentForm.MESSAGE_ID)).hasText("Код неверный");
            page.locator("#" + EnrolmentForm.CODE_ID + " input").fill(Totp.code(secret, Instant.now()));
            page.locator("#" + EnrolmentForm.CONFIRM_ID).click();
            recovery = Arrays.asList(page.locator("#" + RecoveryCodesList.ID).innerText().strip().split("\\s+"));
            assertThat(recovery).hasSize(10);
            page.locator("#" + SecondFactorView.CONTINUE_ID).click();
            page.waitForURL(url -> !url.contains("/" + SecondFactorView.ROUTE));
            assertThat(page.locator("#current-user")).hasText("Администратор УК Уютный дом");
        }
        try (BrowserSession browser = BrowserSession.desktop(demo.url())) {
            Page page = passwordOnly(browser, "uk-admin", "admin123");
            code(page, recovery.get(0));
            page.waitForURL(url -> !url.contains("/" + SecondFactorView.ROUTE));
            assertThat(page.locator("#current-user")).hasText("Администратор УК Уютный дом");
        }
        try (BrowserSession browser = BrowserSession.desktop(demo.url())) {
            Page page = passwordOnly(browser, "uk-admin", "admin123");
            code(page, recovery.get(0));
            assertThat(page.locator("#" + SecondFactorView.MESSAGE_ID)).hasText("Код неверный или уже использован");
        }
    }

    @Test
    void a_customer_who_switched_the_email_code_on_signs_in_with_the_code_from_the_mail() throws Exception {
        try (BrowserSession browser = BrowserSession.desktop(demo.url())) {
            Page page = browser.logIn("petrova", "petrova123");
            assertThat(page.url()).doesNotContain(SecondFactorView.ROUTE);
            browser.open("sign-ins");
            page.locator("#" + SecondFactorSettings.EMAIL_ID).click();
            assertThat(page.locator("#" + SecondFactorSettings.EMAIL_ID + " input")).isChecked();
            page.locator("#logout").click();
            page.waitForURL(url -> url.contains("/login"));

            int before = mail.getReceivedMessages().length;
            browser.submitLogin("petrova", "petrova123");
            page.waitForURL(url -> url.endsWith("/" + SecondFactorView.ROUTE));
            assertThat(page.locator("#" + SecondFactorView.MESSAGE_ID)).hasText("Код отправлен на вашу почту");
            assertThat(mail.waitForIncomingEmail(10_000, before + 1)).isTrue();
            MimeMessage message = mail.getReceivedMessages()[before];
            assertThat(message.getAllRecipients()[0].toString()).isEqualTo("petrova@example.ru");
            assertThat(message.getSubject()).isEqualTo("Код для входа");
            Matcher found = CODE.matcher(text(message));
            assertThat(found.find()).isTrue();
            browser.screenshot("second-factor-email");
            code(page, found.group(1));
            page.waitForURL(url -> !url.contains("/" + SecondFactorView.ROUTE));
            assertThat(page.locator("#current-user")).containsText("Петрова");
        }
    }
}
