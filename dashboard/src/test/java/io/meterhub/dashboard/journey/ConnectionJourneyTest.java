package io.meterhub.dashboard.journey;

import io.meterhub.cabinet.notifications.NotificationService;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import java.net.ServerSocket;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.connection.ApplicationStatus;
import io.meterhub.cabinet.connection.ApplicationSummary;
import io.meterhub.cabinet.connection.ConnectionFeature;
import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.registration.ProfileForm;
import io.meterhub.cabinet.registration.RegistrationService;
import io.meterhub.cabinet.registration.SignUp;
import io.meterhub.dashboard.BrowserSession;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.connection.ConnectionTestBeans;
import io.meterhub.dashboard.services.ConnectionNotificationSinks;
import io.meterhub.dashboard.services.OneTimeCodeDelivery;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grid connection journey of issue 6 in a real headless Chromium against the dashboard on a free
 * port, with the notifications mailed through a real embedded SMTP server
 * (GreenMail): an applicant files an application with its documents, the grid company's operator asks
 * for a missing document, the applicant uploads it and sends the application back, the operator uploads
 * the technical conditions and offers the contract, and the applicant signs it with the one-time code
 * sent by SMS (no mail carries it). Every step leaves {@code target/screenshots/connection-NN-<step>.png}.
 */
@SpringBootTest(classes = {DashboardApplication.class, ConnectionJourneyTest.MailingBeans.class},
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class ConnectionJourneyTest {
    static final String EMAIL = "olga.smirnova@example.ru";
    static final String LOGIN = "smirnova";
    static final String PASSWORD = "Olga-2026!";
    private static GreenMail mail;
    private static int shot;

    /**
     * The test's beans with the cabinet's own notification path: the applications' notifications go through
     * the {@code NotificationService} (inbox, then the email channel configured by {@code MH_SMTP_*} below and
     * SMS), recorded on the way as well. One-time codes go by SMS alone, never to the mailbox.
     */
    static class MailingBeans extends ConnectionTestBeans {
        @Autowired
        private ApplicationContext context;

        @Override
        @Bean
        @Primary
        public ConnectionNotificationSinks recordedSinks(Recorded recorded) {
            return new ConnectionNotificationSinks(n -> {
                recorded.notifications.add(n);
                context.getBean(NotificationService.class).send(n);
            });
        }
    }

    /** The SMTP server and the cabinet's public address, as the environment gives them in production. */
    @DynamicPropertySource
    static void mailAndAddress(DynamicPropertyRegistry registry) throws Exception {
        if (mail == null) {
            mail = new GreenMail(ServerSetup.SMTP.dynamicPort());
            mail.start();
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        registry.add("server.port", () -> port);
        registry.add("MH_CABINET_PUBLIC_URL", () -> "http://localhost:" + port + "/");
        registry.add("MH_SMTP_HOST", () -> "127.0.0.1");
        registry.add("MH_SMTP_PORT", () -> mail.getSmtp().getPort());
        registry.add("MH_SMTP_FROM", () -> "noreply@meterhub.example");
        // GreenMail speaks plain SMTP on loopback; production keeps the default, STARTTLS required
        registry.add("MH_SMTP_STARTTLS", () -> "false");
    }

    @LocalServerPort
    private int port;
    @Autowired
    private RegistrationService registration;
    @Autowired
    private OneTimeCodeDelivery codes;
    @Autowired
    private ConnectionTestBeans.RecordingSms sms;
    @Autowired
    private ConnectionFeature applications;

    @BeforeAll
    static void startMail() throws Exception {
        BrowserSession.knowSecondFactors(io.meterhub.demo.DemoSecondFactors.SECRETS);
        if (mail == null) {
            mail = new GreenMail(ServerSetup.SMTP.dynamicPort());
            mail.start();
        }
        if (Files.isDirectory(BrowserSession.SCREENSHOTS)) {
            try (var old = Files.list(BrowserSession.SCREENSHOTS)) {
                for (Path file : old.filter(f -> f.getFileName().toString().startsWith("connection-")).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @AfterAll
    static void stopMail() {
        if (mail != null) {
            mail.stop();
            mail = null;
        }
    }

    @Test
    void an_applicant_files_the_operator_asks_for_a_document_the_applicant_sends_it_and_signs_the_offered_contract_with_the_code_sent_by_sms_alone()
            throws Exception {
        Viewer applicant = registered();
        String base = "http://localhost:" + port + "/";
        Path title = file("title.pdf", pdf("Выписка из ЕГРН"));
        Path plan = file("plan.pdf", pdf("План"));
        Path betterPlan = file("plan-v2.png", png());
        Path conditions = file("technical-conditions.pdf", pdf("ТУ"));

        // 1. the applicant files an application with its documents
        long id;
        try (BrowserSession browser = BrowserSession.desktop(base)) {
            Page page = browser.logIn(LOGIN, PASSWORD);
            browser.open("connection/applications");
            assertThat(page.locator("#view-title")).hasText("Мои заявки");
            shot(browser, "my-applications");
            page.locator("#new-application-create").click();
            page.waitForURL(Pattern.compile(".*/connection/applications/\\d+/form/1$"));
            id = Long.parseLong(page.url().replaceAll(".*/applications/(\\d+)/form/1$", "$1"));
            assertThat(page.locator("#form-applicant")).hasText("Смирнова О. П.");
            shot(browser, "form-applicant");
            page.locator("#form-next").click();
            page.waitForURL(Pattern.compile(".*/form/2$"));

            page.locator("#form-address textarea").fill("Самарская обл., с. Рождествено, ул. Полевая, д. 7");
            page.locator("#form-cadastral input").fill("63:26:1803001:456");
            choose(page, "#form-object-kind", "Жилой дом");
            shot(browser, "form-object");
            page.locator("#form-next").click();
            page.waitForURL(Pattern.compile(".*/form/3$"));

            page.locator("#form-max-power input").fill("15");
            choose(page, "#form-voltage", "0,4 кВ и ниже");
            choose(page, "#form-reliability", "III категория");
            page.locator("#form-connection-kind vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Новое присоединение")).click();
            shot(browser, "form-power");
            page.locator("#form-next").click();
            page.waitForURL(Pattern.compile(".*/form/4$"));

            upload(page, "#form-document", "Правоустанавливающий документ", title);
            assertThat(page.locator("#form-documents")).containsText("title.pdf");
            upload(page, "#form-document", "План расположения", plan);
            assertThat(page.locator("#form-documents")).containsText("plan.pdf");
            choose(page, "#form-supplier", "Самараэнерго");
            shot(browser, "form-documents");
            page.locator("#form-submit").click();
            page.waitForURL(Pattern.compile(".*/connection/applications/" + id + "$"));
            assertThat(page.locator("#app-status")).hasText("Подана");
            assertThat(page.locator("#app-number")).hasText(Pattern.compile("ТП-\\d{4}-\\d{6}"));
            shot(browser, "submitted");
        }
        String number = applications.queries().application(applicant, id).summary().number();

        // 2. the operator finds it in the queue and asks for a missing document
        try (BrowserSession browser = BrowserSession.desktop(base)) {
            Page page = browser.logIn("operator", "grid-duty-42");
            browser.open("connection/queue");
            assertThat(page.locator("#view-title")).hasText("Заявки на присоединение");
            assertThat(page.locator("#queue-open-" + id)).hasText(number);
            shot(browser, "queue");
            page.locator("#queue-open-" + id).click();
            page.waitForURL(Pattern.compile(".*/connection/queue/" + id + "$"));
            assertThat(page.locator("#app-status")).hasText("Подана");
            page.locator("#staff-request-text textarea").fill("Приложите план расположения в лучшем качестве");
            shot(browser, "request-documents");
            page.locator("#staff-request").click();
            assertThat(page.locator("#app-status")).hasText("Ожидает документов");
            shot(browser, "documents-requested");
        }
        MimeMessage requested = waitForMail(m -> subject(m).contains("ожидает документов"));
        assertThat(subject(requested)).isEqualTo("Заявка " + number + ": ожидает документов");
        assertThat(text(requested)).contains("Приложите план расположения в лучшем качестве")
                .contains(base + "connection/applications/" + id);
        assertThat(requested.getAllRecipients()[0].toString()).isEqualTo(EMAIL);

        // 3. the applicant opens the link from the email, uploads the document and sends the application back
        try (BrowserSession browser = BrowserSession.phone(base)) {
            Page page = browser.logIn(LOGIN, PASSWORD);
            browser.open("connection/applications/" + id);
            assertThat(page.locator("#app-requested")).containsText("Приложите план расположения в лучшем качестве");
            shot(browser, "phone-documents-requested");
            upload(page, "#app-resubmit-document", "План расположения", betterPlan);
            assertThat(page.locator("#app-documents")).containsText("plan-v2.png");
            page.locator("#app-resubmit").click();
            assertThat(page.locator("#app-status")).hasText("На рассмотрении");
            shot(browser, "phone-resubmitted");
        }

        // 4. the operator uploads the technical conditions and offers the contract
        try (BrowserSession browser = BrowserSession.desktop(base)) {
            Page page = browser.logIn("operator", "grid-duty-42");
            browser.open("connection/queue/" + id);
            assertThat(page.locator("#app-status")).hasText("На рассмотрении");
            upload(page, "#staff-document", "Технические условия", conditions);
            assertThat(page.locator("#staff-documents")).containsText("technical-conditions.pdf");
            page.locator("#staff-offer").click();
            assertThat(page.locator("#app-status")).hasText("Направлен договор");
            assertThat(page.locator("#staff-documents")).containsText("Договор");
            shot(browser, "offered");
        }
        MimeMessage offered = waitForMail(m -> subject(m).contains("направлен договор"));
        assertThat(text(offered)).contains(base + "connection/applications/" + id);

        // 5. the applicant signs the contract with the code that came by SMS (and only by SMS: no mail carries it)
        try (BrowserSession browser = BrowserSession.desktop(base)) {
            Page page = browser.logIn(LOGIN, PASSWORD);
            browser.open("connection/applications/" + id);
            assertThat(page.locator("#app-status")).hasText("Направлен договор");
            assertThat(page.locator("#sign-fee")).hasText("81\u00A0346,65\u00A0₽");
            shot(browser, "contract-offered");
            page.locator("#sign-request-code").click();
            assertThat(page.locator("#sign-code-sent")).containsText("Код отправлен");
            String code = sms.lastCode();
            assertThat(Arrays.stream(mail.getReceivedMessages()).map(m -> subject(m) + " " + text(m)))
                    .as("no email carries the signing code").noneMatch(m -> m.contains(code));
            page.locator("#sign-code input").fill(code);
            shot(browser, "code-entered");
            page.locator("#sign-submit").click();
            assertThat(page.locator("#app-status")).hasText("Договор подписан");
            assertThat(page.locator("#app-action-message")).hasText("Договор подписан.");
            shot(browser, "signed");
        }
        assertThat(applications.queries().application(applicant, id).summary().status()).isEqualTo(ApplicationStatus.SIGNED);
        MimeMessage signed = waitForMail(m -> subject(m).contains("договор подписан"));
        assertThat(subject(signed)).isEqualTo("Заявка " + number + ": договор подписан");

        // every status change reached the applicant's mailbox
        List<String> subjects = Arrays.stream(mail.getReceivedMessages()).map(ConnectionJourneyTest::subject).toList();
        assertThat(subjects).contains("Заявка " + number + ": подана", "Заявка " + number + ": ожидает документов",
                "Заявка " + number + ": на рассмотрении", "Заявка " + number + ": направлен договор",
                "Заявка " + number + ": договор подписан").doesNotContain("Одноразовый код");
        List<ApplicationSummary> mine = applications.queries().myApplications(applicant);
        assertThat(mine).extracting(ApplicationSummary::status).containsExactly(ApplicationStatus.SIGNED);
    }

    @Test
    void without_login_the_calculator_shows_the_breakdown_and_the_sign_up_marks_a_wrong_snils_on_a_phone() {
        try (BrowserSession browser = BrowserSession.phone("http://localhost:" + port + "/")) {
            Page page = browser.open("login");
            page.locator("#login-calculator").click();
            page.waitForURL(Pattern.compile(".*/calculator$"));
            assertThat(page.locator("#view-title")).hasText("Калькулятор стоимости присоединения");
            // this year's rates (the figures of 2026 are checked in FeeCalculatorViewTest)
            page.locator("#calc-power input").fill("15");
            page.locator("#calc-calculate").click();
            assertThat(page.locator("#fee-line-0-item")).hasText("Льготная ставка за 1 кВт");
            assertThat(page.locator("#fee-line-0-quantity")).hasText("15 кВт");
            assertThat(page.locator("#fee-total")).hasText(Pattern.compile("^[\\d\u00A0]+,\\d\\d\u00A0₽$"));
            shot(browser, "phone-calculator");

            browser.open("register");
            assertThat(page.locator("#view-title")).hasText("Регистрация заявителя");
            page.locator("#reg-snils input").fill("112-233-445 96");
            page.locator("#reg-full-name input").click();
            assertThat(page.locator("#reg-snils")).hasAttribute("invalid", "");
            assertThat(page.locator("#reg-snils")).containsText("контрольное число не сходится");
            shot(browser, "phone-register-wrong-snils");

            // corrected and completed: the account is made, the browser signed in, the code confirms the phone
            page.locator("#reg-snils input").fill("112-233-445 95");
            page.locator("#reg-full-name input").fill("Волков Андрей Сергеевич");
            page.locator("#reg-phone input").fill("+7 917 000-11-22");
            page.locator("#reg-email input").fill("volkov@example.ru");
            page.locator("#reg-login input").fill("volkov");
            page.locator("#reg-password input").fill("Berezka-2026x");
            page.locator("#reg-password-again input").fill("Berezka-2026x");
            page.locator("#reg-submit").click();
            assertThat(page.locator("#reg-code-sent")).containsText("Мы отправили код");
            page.locator("#reg-code input").fill(sms.lastCode());
            shot(browser, "phone-register-code");
            page.locator("#reg-confirm").click();
            page.waitForURL(Pattern.compile(".*/connection/applications$"));
            assertThat(page.locator("#view-title")).hasText("Мои заявки");
            assertThat(page.locator("#drawer-user")).containsText("Волков Андрей Сергеевич");
            shot(browser, "phone-registered");
        }
    }

    /** An applicant registered through the service, the phone confirmed with the code from the SMS. */
    private Viewer registered() throws Exception {
        long userId = registration.signUp(new SignUp(LOGIN, PASSWORD, "ru", new ProfileForm(ApplicantCategory.INDIVIDUAL, "Смирнова Ольга Петровна",
                null, "112-233-445 95", null, null, "+7 912 345-67-67", EMAIL, null)));
        Viewer viewer = Viewer.customer(userId);
        codes.forUser(userId, () -> registration.sendPhoneCode(viewer));
        registration.confirmPhone(viewer, sms.lastCode());
        mail.purgeEmailFromAllMailboxes();
        return viewer;
    }

    /** Chooses an item of a vaadin-select by its text. */
    private static void choose(Page page, String select, String item) {
        page.locator(select).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(item)).first().click();
        assertThat(page.locator(select)).containsText(item);
    }

    /** Chooses the document's kind, then gives the file to the upload (it uploads at once). */
    private static void upload(Page page, String id, String kind, Path file) {
        choose(page, id + "-kind", kind);
        page.locator(id + "-upload input[type=file]").setInputFiles(file);
    }

    private MimeMessage waitForMail(java.util.function.Predicate<MimeMessage> which) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            for (MimeMessage message : mail.getReceivedMessages()) {
                if (which.test(message)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such email among " + Arrays.stream(mail.getReceivedMessages()).map(ConnectionJourneyTest::subject).toList());
    }

    /** The plain text part of a mail, decoded. */
    private static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof jakarta.mail.Multipart parts) {
                return String.valueOf(parts.getBodyPart(0).getContent());
            }
            return String.valueOf(content);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path file(String name, byte[] bytes) throws Exception {
        Path dir = Path.of("target", "journey-files");
        Files.createDirectories(dir);
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] png() {
        return Arrays.copyOf(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 64);
    }

    private static void shot(BrowserSession browser, String step) {
        browser.screenshot(String.format("connection-%02d-%s", ++shot, step));
    }
}
