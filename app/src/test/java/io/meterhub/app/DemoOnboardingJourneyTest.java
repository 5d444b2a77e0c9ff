package io.meterhub.app;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.meterhub.dashboard.BrowserSession;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's browser journey over the running demo (pipeline, broker, cabinet), in a real headless
 * Chromium, with the cabinet's emails caught by a real SMTP server (GreenMail):
 * <ol>
 *   <li>the demo's administrator creates a staff user with two modules (data loading, registry) and
 *       sends the one-time password link; the staff user sets a password by it, logs in and sees only
 *       those two modules' menus;</li>
 *   <li>the staff user fills the page's own XLSX template of accounts with two bad rows, reads the errors
 *       in Russian with their rows and fields, fixes the file, loads it again and applies it; then meters;</li>
 *   <li>registers an MQTT controller (its broker password shown once) and a meter on it; a real MQTT
 *       client logs in with that password and publishes an uplink of the telemetry contract, and the
 *       pipeline stores the readings and the hour's consumption within seconds;</li>
 *   <li>the holder of a loaded account signs up (the phone code read from the demo's outbox page, never mailed); customers
 *       cannot link an account themselves yet (issue 17), so the administrator links it on the customer
 *       card, and the customer sees the account with its meter in the cabinet.</li>
 * </ol>
 * A screenshot of each step goes to {@code target/screenshots/demo-onboarding-*.png}.
 */
class DemoOnboardingJourneyTest {
    private static final String STAFF = "sokolova";
    private static final String STAFF_EMAIL = "sokolova@volga-grid.example";
    private static final String STAFF_PASSWORD = "Lipki-Samara-2026";
    private static final String CUSTOMER = "novikov";
    private static final String CUSTOMER_EMAIL = "novikov@example.ru";
    private static final String CUSTOMER_PASSWORD = "Berezovaya-roshcha-5";
    private static final String CONTROLLER = "CTL-JOURNEY-1";
    private static final String METER = "MJ-0101";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** "At once": the pipeline's sinks flush every 500 ms and a newly registered meter is read within a second or two. */
    private static final Duration STORED = Duration.ofSeconds(30);
    private static final Duration MAIL = Duration.ofSeconds(20);
    private static final List<String> ACCOUNT_HEADERS = List.of("Лицевой счёт", "ФИО / наименование", "Вид потребителя", "Адрес",
            "Услуги", "Дата открытия");
    private int shot;

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void a_new_staff_user_loads_accounts_registers_a_controller_whose_uplink_is_stored_and_the_accounts_holder_sees_it(@TempDir Path work)
            throws Exception {
        GreenMail mail = new GreenMail(ServerSetup.SMTP.dynamicPort());
        mail.start();
        int cabinetPort = RunningDemo.freePort();
        // the cabinet reads its SMTP server and public address from the environment; Spring takes system properties alike
        Map<String, String> smtp = Map.of("MH_SMTP_HOST", "127.0.0.1", "MH_SMTP_PORT", String.valueOf(mail.getSmtp().getPort()),
                "MH_SMTP_FROM", "noreply@meterhub.example", "MH_SMTP_STARTTLS", "false",
                "MH_CABINET_PUBLIC_URL", "http://localhost:" + cabinetPort + "/");
        smtp.forEach(System::setProperty);
        try {
            RunningDemo demo = RunningDemo.start(work, cabinetPort);
            try (demo) {
                journey(demo, mail);
            }
            assertThat(demo.exitCode()).isZero();
        } finally {
            smtp.keySet().forEach(System::clearProperty);
            mail.stop();
        }
    }

    private void journey(RunningDemo demo, GreenMail mail) throws Exception {
        String organization = demo.one("SELECT organization_id FROM app_user WHERE login = 'admin'").orElseThrow();

        // 1. the administrator creates the staff user with two modules and mails the password link
        try (BrowserSession browser = BrowserSession.desktop(demo.cabinetUrl())) {
            Page page = browser.logIn("admin", "grid-chief-42");
            browser.open("admin/staff");
            page.locator("#staff-create").click();
            page.locator("#staff-new-login input").fill(STAFF);
            page.locator("#staff-new-name input").fill("Соколова Мария Андреевна");
            page.locator("#staff-new-email input").fill(STAFF_EMAIL);
            page.locator("#staff-new-password input").fill("Vremenny-123");
            page.locator("#staff-modules-choice vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Загрузка данных")).click();
            page.locator("#staff-modules-choice vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Каналы учёта")).click();
            shot(browser, "admin-creates-staff");
            page.locator("#staff-new-confirm").click();
            assertThat(page.locator("#staff-" + STAFF + "-modules-list")).containsText("Загрузка данных, Каналы учёта");
            page.locator("#staff-" + STAFF + "-reset").click();
            assertThat(page.locator("vaadin-notification-card").last()).containsText("Ссылка для нового пароля отправлена на почту сотрудника");
            shot(browser, "admin-sent-link");
        }
        String link = find(mailTo(mail, STAFF_EMAIL, "задайте новый пароль"), "http://localhost:\\d+/password-reset/[A-Za-z0-9_-]+");

        try (BrowserSession browser = BrowserSession.desktop(demo.cabinetUrl())) {
            Page page = browser.page();
            page.navigate(link);
            page.locator("#reset-password input").fill(STAFF_PASSWORD);
            page.locator("#reset-repeat input").fill(STAFF_PASSWORD);
            page.locator("#reset-save").click();
            assertThat(page.locator("#reset-done")).isVisible();
            shot(browser, "staff-sets-password");
            browser.logIn(STAFF, STAFF_PASSWORD);
            assertThat(page.locator("#nav-admin-loading")).isVisible();
            assertThat(page.locator("#nav-admin-registry")).isVisible();
            assertThat(page.locator("#nav-admin-staff")).hasCount(0);
            assertThat(page.locator("#nav-admin-customers")).hasCount(0);
            shot(browser, "staff-menu");

            // 2. accounts from the page's own XLSX template: two bad rows, named in Russian; fixed, loaded again, applied
            browser.open("admin/loading");
            assertThat(page.locator("#view-title")).hasText("Загрузка данных");
            byte[] template = template(page);
            List<List<String>> accounts = new ArrayList<>(List.of(
                    account("J-101", "Новиков Пётр Сергеевич", "физическое лицо", "д. 1, кв. 1", "01.02.2024"),
                    account("J-102", "Новикова Анна Ивановна", "ФЛ", "д. 1, кв. 2", "31.02.2026"),
                    account("J-103", "ООО «Луч»", "пенсионер", "д. 3", "15.03.2024")));
            upload(page, "абоненты.xlsx", filled(template, ACCOUNT_HEADERS, accounts));
            assertThat(page.locator("#load-counts")).hasText("Строк: 3, верных: 1, с ошибками: 2; новых: 1, обновляемых: 0");
            assertThat(page.locator("#load-problems")).containsText("«Дата открытия»: 31.02.2026 — такой даты нет");
            assertThat(page.locator("#load-problems")).containsText(
                    "«Вид потребителя»: пенсионер — нужно «физическое лицо», «ИП» или «юридическое лицо»");
            // each bad row with its number as the spreadsheet shows it (the header is row 1) and the field it names
            assertThat(problemCells(page)).containsSubsequence("3", "«Дата открытия»: 31.02.2026 — такой даты нет",
                    "4", "«Вид потребителя»: пенсионер — нужно «физическое лицо», «ИП» или «юридическое лицо»");
            shot(browser, "loading-errors");

            accounts.set(1, account("J-102", "Новикова Анна Ивановна", "ФЛ", "д. 1, кв. 2", "28.02.2026"));
            accounts.set(2, account("J-103", "ООО «Луч»", "юридическое лицо", "д. 3", "15.03.2024"));
            upload(page, "абоненты.xlsx", filled(template, ACCOUNT_HEADERS, accounts));
            apply(browser, "Строк: 3, верных: 3, с ошибками: 0; новых: 3, обновляемых: 0", 3, "loading-applied");
            assertThat(demo.one("SELECT string_agg(a.number || ' ' || c.kind || ' ' || a.opened_on, ', ' ORDER BY a.number) FROM account a "
                    + "JOIN customer c ON c.id = a.holder_id WHERE a.organization_id = ? AND a.number LIKE 'J-1%'", organization))
                    .contains("J-101 INDIVIDUAL 2024-02-01, J-102 INDIVIDUAL 2026-02-28, J-103 LEGAL_ENTITY 2024-03-15");

            page.locator("#loading-kind").click();
            page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Приборы учёта")).click();
            upload(page, "приборы.xlsx", filled(template(page), List.of("Лицевой счёт", "Услуга", "Заводской номер", "Модель", "Тарифных зон",
                    "Дата установки", "Дата поверки"), List.of(
                    List.of("J-101", "ELECTRICITY", "40110001", "Меркурий 201.8", "1", "15.03.2021", "15.03.2037"),
                    List.of("J-102", "ELECTRICITY", "40110002", "Меркурий 201.8", "1", "15.03.2021", "15.03.2037"))));
            apply(browser, "Строк: 2, верных: 2, с ошибками: 0; новых: 2, обновляемых: 0", 2, "meters-applied");
            assertThat(demo.one("SELECT string_agg(a.number || ' ' || m.serial, ', ' ORDER BY m.serial) FROM account_meter m "
                    + "JOIN account a ON a.id = m.account_id WHERE a.organization_id = ? AND a.number LIKE 'J-1%'", organization))
                    .contains("J-101 40110001, J-102 40110002");

            // 3. a controller with its broker password, shown once, and a meter on it
            browser.open("admin/registry");
            page.locator("#registry-controller-create").click();
            page.locator("#registry-controller-id input").fill(CONTROLLER);
            page.locator("#registry-controller-description input").fill("УСПД, ул. Новая, д. 1");
            page.locator("#registry-controller-confirm").click();
            assertThat(page.locator("#registry-credentials-once")).isVisible();
            assertThat(page.locator("#registry-credentials-user input")).hasValue(CONTROLLER);
            assertThat(page.locator("#registry-credentials-topic input")).hasValue("meterhub/v1/" + CONTROLLER + "/up");
            String brokerPassword = page.locator("#registry-credentials-password input").inputValue();
            assertThat(page.locator("vaadin-dialog-overlay")).hasCount(1); // the form's dialog has closed
            shot(browser, "controller-password");
            page.locator("#registry-credentials-done").click();
            assertThat(page.locator("#registry-credentials-once")).isHidden();

            page.locator("#registry-tab-meters").click();
            page.locator("#registry-meter-create").click();
            page.locator("#registry-meter-id input").fill(METER);
            page.locator("#registry-meter-controllerId input").fill(CONTROLLER);
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(CONTROLLER)).click();
            page.locator("#registry-meter-model input").fill("Меркурий 201.8");
            page.locator("#registry-meter-serial input").fill("40110001");
            page.locator("#registry-meter-accountNumber input").fill("J-101");
            shot(browser, "meter-form");
            page.locator("#registry-meter-confirm").click();
            page.locator("#registry-meter-search input").fill(METER);
            assertThat(page.locator("#registry-meter-" + METER)).containsText("л/с J-101");
            shot(browser, "meter-registered");

            Instant first = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(20));
            Instant second = first.plus(Duration.ofMinutes(15));
            publish(demo.mqttUri(), brokerPassword, """
                    {"v": 1, "controller": "%s", "readings": [
                      {"meter": "%s", "ts": "%s", "values": {"1.8.0": 1520.250}},
                      {"meter": "%s", "ts": "%s", "values": {"1.8.0": 1521.750}}]}""".formatted(CONTROLLER, METER, first, METER, second));
            assertThat(RunningDemo.await(STORED, "the uplink's readings of " + METER + " not stored", () -> demo.one(
                    "SELECT string_agg(value::text, ', ' ORDER BY ts) FROM raw_reading WHERE meter_id = ? AND obis = '1.8.0' HAVING count(*) = 2",
                    METER))).isEqualTo("1520.25, 1521.75");
            assertThat(RunningDemo.await(STORED, "the hour's consumption of " + METER + " not stored", () -> demo.one(
                    "SELECT round(sum(kwh)::numeric, 3)::text FROM hourly_consumption WHERE meter_id = ? AND obis = '1.8.0' "
                    + "HAVING round(sum(kwh)::numeric, 3) = 1.5", METER))).isEqualTo("1.500");
        }

        // 4. the account's holder signs up, confirming the phone with the code the demo's outbox page shows (the SMS; no email copy)
        try (BrowserSession browser = BrowserSession.desktop(demo.cabinetUrl())) {
            Page page = browser.open("login");
            page.locator("#login-register").click();
            page.locator("#reg-full-name input").fill("Новиков Пётр Сергеевич");
            page.locator("#reg-snils input").fill("146-852-379 95");
            page.locator("#reg-phone input").fill("+7 927 555-12-34");
            page.locator("#reg-email input").fill(CUSTOMER_EMAIL);
            page.locator("#reg-login input").fill(CUSTOMER);
            page.locator("#reg-password input").fill(CUSTOMER_PASSWORD);
            page.locator("#reg-password-again input").fill(CUSTOMER_PASSWORD);
            shot(browser, "customer-signs-up");
            page.locator("#reg-submit").click();
            assertThat(page.locator("#reg-code-step")).isVisible();
            String code = codeInOutbox(demo, "+7 *** ***-**-34");
            assertThat(Arrays.stream(mail.getReceivedMessages()).map(DemoOnboardingJourneyTest::text))
                    .as("no email carries the phone code").noneMatch(text -> text.contains(code));
            page.locator("#reg-code input").fill(code);
            shot(browser, "customer-confirms-phone");
            page.locator("#reg-confirm").click();
            page.waitForURL(Pattern.compile(".*/connection/applications$"));
        }

        // customers cannot link an account themselves yet (issue 17): the administrator links it on the customer card
        String account = demo.one("SELECT id::text FROM account WHERE organization_id = ? AND number = 'J-101'", organization).orElseThrow();
        try (BrowserSession browser = BrowserSession.desktop(demo.cabinetUrl())) {
            Page page = browser.logIn("admin", "grid-chief-42");
            browser.open("admin/customers");
            page.locator("#customers-search input").fill("J-101");
            page.locator("#customers-find").click();
            page.locator("#customer-open-" + account).click();
            page.locator("#account-" + account + "-link").click();
            page.locator("#account-link-login input").fill(CUSTOMER);
            page.locator("#edit-confirm").click();
            assertThat(page.locator("#account-" + account + "-unlink")).isVisible();
            assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
            shot(browser, "admin-links-account");
        }
        assertThat(demo.one("SELECT u.login FROM account a JOIN customer c ON c.id = a.holder_id JOIN app_user u ON u.id = c.user_id "
                + "WHERE a.id = ?", Long.parseLong(account))).contains(CUSTOMER);

        try (BrowserSession browser = BrowserSession.desktop(demo.cabinetUrl())) {
            Page page = browser.logIn(CUSTOMER, CUSTOMER_PASSWORD);
            browser.open("overview");
            Locator card = page.locator("#account-" + account);
            assertThat(card).containsText("Лицевой счёт J-101");
            assertThat(card).containsText("г. Самара, ул. Новая, д. 1, кв. 1");
            assertThat(card).containsText("Меркурий 201.8 №40110001");
            shot(browser, "customer-sees-account");
        }
    }

    private static List<String> account(String number, String name, String kind, String house, String openedOn) {
        return List.of(number, name, kind, "г. Самара, ул. Новая, " + house, "ELECTRICITY", openedOn);
    }

    /** The chosen kind's XLSX template, downloaded through the page's link. */
    private static byte[] template(Page page) throws Exception {
        Download download = page.waitForDownload(() -> page.locator("#loading-template-xlsx").click());
        return Files.readAllBytes(download.path());
    }

    /**
     * The template with its example row replaced by {@code rows}, each value under the header of the same
     * position in {@code headers}; the template's other columns stay empty and its help sheet stays.
     */
    private static byte[] filled(byte[] template, List<String> headers, List<List<String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet data = workbook.getSheetAt(0);
            Map<String, Integer> columns = new HashMap<>();
            data.getRow(0).forEach(cell -> columns.put(cell.getStringCellValue().replace("*", "").strip(), cell.getColumnIndex()));
            assertThat(columns).as("the template's headers").containsKeys(headers.toArray(String[]::new));
            data.removeRow(data.getRow(1));
            for (int r = 0; r < rows.size(); r++) {
                Row row = data.createRow(r + 1);
                for (int c = 0; c < headers.size(); c++) {
                    row.createCell(columns.get(headers.get(c))).setCellValue(rows.get(r).get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void upload(Page page, String name, byte[] xlsx) {
        page.locator("#loading-upload input[type=file]").setInputFiles(new FilePayload(name, XLSX, xlsx));
    }

    /** The checked file's counts and no errors; then its rows applied. */
    private void apply(BrowserSession browser, String counts, int rows, String step) {
        Page page = browser.page();
        assertThat(page.locator("#load-counts")).hasText(counts);
        assertThat(page.locator("#load-problems")).isHidden();
        page.locator("#load-apply").click();
        assertThat(page.locator("#load-counts")).containsText("Записано строк: " + rows);
        shot(browser, step);
    }

    /** The preview's problems grid, cell by cell as it lays them out: the row number, then the field with what is wrong. */
    private static List<String> problemCells(Page page) {
        return page.locator("#load-problems vaadin-grid-cell-content").allTextContents().stream().map(String::strip)
                .filter(text -> !text.isEmpty()).toList();
    }

    /** Publishes one uplink as a controller does: its own login, its own topic, QoS 1, not retained. */
    private static void publish(String broker, String password, String document) throws Exception {
        MqttClient client = new MqttClient(broker, CONTROLLER, new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName(CONTROLLER);
        options.setPassword(password.getBytes(StandardCharsets.UTF_8));
        client.connect(options);
        try {
            MqttMessage message = new MqttMessage(document.getBytes(StandardCharsets.UTF_8));
            message.setQos(1);
            client.publish("meterhub/v1/" + CONTROLLER + "/up", message);
        } finally {
            client.disconnect();
            client.close();
        }
    }

    /** The code of the newest text to {@code maskedPhone}, as the demo's outbox page shows it. */
    private String codeInOutbox(RunningDemo demo, String maskedPhone) throws Exception {
        try (BrowserSession browser = BrowserSession.desktop(demo.cabinetUrl())) {
            Page page = browser.open("demo/outbox");
            assertThat(page.locator("#view-title")).hasText("Исходящие демо");
            Locator sms = page.locator(".outbox-message").filter(new Locator.FilterOptions().setHasText(maskedPhone)).first();
            assertThat(sms).containsText("SMS");
            shot(browser, "outbox-shows-the-code");
            return find(sms.innerText(), "\\b\\d{6}\\b");
        }
    }

    /** The text of the first mail to {@code address} whose subject holds {@code subject}, waited for. */
    private static String mailTo(GreenMail mail, String address, String subject) throws Exception {
        return RunningDemo.await(MAIL, "no mail \"" + subject + "\" to " + address, () -> Arrays.stream(mail.getReceivedMessages())
                .filter(m -> to(m, address) && subjectOf(m).contains(subject)).findFirst().map(DemoOnboardingJourneyTest::text));
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in %s", regex, text).isTrue();
        return matcher.group();
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return Arrays.stream(Optional.ofNullable(message.getRecipients(Message.RecipientType.TO)).orElse(new jakarta.mail.Address[0]))
                    .anyMatch(a -> a.toString().contains(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain text part of a mail, decoded. */
    private static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof Multipart parts ? String.valueOf(parts.getBodyPart(0).getContent()) : String.valueOf(content);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void shot(BrowserSession browser, String step) {
        browser.screenshot(String.format("demo-onboarding-%02d-%s", ++shot, step));
    }
}
