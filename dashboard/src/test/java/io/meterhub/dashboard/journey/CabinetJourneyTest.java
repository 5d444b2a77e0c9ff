package io.meterhub.dashboard.journey;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountOverview;
import io.meterhub.cabinet.accounts.AccountOverviewService;
import io.meterhub.cabinet.accounts.MeterOverview;
import io.meterhub.cabinet.readings.FlaggedReading;
import io.meterhub.cabinet.readings.OperatorReviewService;
import io.meterhub.cabinet.readings.ReadingStatus;
import io.meterhub.cabinet.readings.ReadingSubmissionService;
import io.meterhub.cabinet.readings.ReadingView;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.BrowserSession;
import io.meterhub.dashboard.DashboardConfig;
import io.meterhub.dashboard.DashboardServer;
import io.meterhub.dashboard.TestUsers;
import io.meterhub.storage.Database;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of issue 3 in a real headless Chromium, over a fresh database seeded as the demo seeds
 * it (the cabinet's demo seed, a year of hourly telemetry for the smart meters): ivanov logs in, sees
 * the hourly chart, submits a three-zone reading, pays his debt through the sandbox page and
 * downloads the receipt whose QR decodes to the GOST fields; petrova typing ivanov's addresses is
 * refused; an operator rejects a flagged reading with a reason. Every step leaves
 * {@code target/screenshots/journey-NN-<step>.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CabinetJourneyTest {
    private static final Pattern NOT_LOGIN = Pattern.compile("^(?!.*/login).*$");
    private static Database database;
    private static DashboardServer server;
    private static int shot;

    // ivanov's things, found through the services as the seed made them
    private static Viewer ivanov;
    private static AccountOverview gridAccount;
    private static MeterOverview smartMeter;
    private static BigDecimal debtPaid;
    private static String sandboxAddress;
    private static String receiptLink;

    @BeforeAll
    static void start() throws Exception {
        // this run's artifacts only: a step renamed or dropped leaves no stale picture behind
        if (Files.isDirectory(BrowserSession.SCREENSHOTS)) {
            try (var old = Files.list(BrowserSession.SCREENSHOTS)) {
                for (Path file : old.filter(f -> f.getFileName().toString().startsWith("journey-")).toList()) {
                    Files.delete(file);
                }
            }
        }
        database = TestUsers.freshDatabase();
        DemoData.seed(database.dataSource(), Clock.systemUTC());
        server = DashboardServer.start(DashboardConfig.of(0, database.dataSource()));
        ivanov = bean(UserService.class).findByLogin("ivanov").orElseThrow().viewer();
        gridAccount = bean(AccountOverviewService.class).overview(ivanov).stream()
                .filter(a -> a.organizationId().equals(DemoData.GRID)).findFirst().orElseThrow();
        smartMeter = gridAccount.meters().stream().filter(MeterOverview::smart).findFirst().orElseThrow();
        assertThat(smartMeter.zones()).isEqualTo(3);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void a_customer_logs_in_sees_the_hourly_chart_and_submits_a_three_zone_reading() {
        try (BrowserSession browser = BrowserSession.desktop(server.url())) {
            Page page = browser.open("login");
            assertThat(page.locator("vaadin-login-form")).isVisible();
            shot(browser, "login");
            browser.logIn("ivanov", "ivan-meter-42");
            assertThat(page.locator("#current-user")).hasText("Иванов Иван Иванович");
            assertThat(page.locator("#view-title")).hasText("Обзор");
            assertThat(page.locator("#account-" + gridAccount.accountId())).containsText(gridAccount.number());
            shot(browser, "overview");

            // the hourly chart of today: a canvas inside the chart element, drawn
            page.locator("#nav-consumption").click();
            page.waitForURL(Pattern.compile(".*/consumption.*"));
            assertThat(page.locator("#view-title")).hasText("Потребление");
            assertThat(page.locator("#consumption-chart canvas")).hasCount(1);
            assertThat(page.locator("#consumption-chart[rendered]")).hasCount(1);
            assertThat(page.locator("#consumption-note")).hasText("Текущий час показывает то, что уже поступило.");
            page.waitForTimeout(800); // ECharts' opening animation
            shot(browser, "hourly-chart");

            // a three-zone reading for the smart meter
            browser.open("readings/" + smartMeter.accountMeterId());
            long id = smartMeter.accountMeterId();
            assertThat(page.locator("#reading-form-" + id)).isVisible();
            page.locator("#reading-" + id + "-T1 input").fill("12345,6");
            page.locator("#reading-" + id + "-T2 input").fill("8765,4");
            page.locator("#reading-" + id + "-T3 input").fill("4321");
            shot(browser, "reading-form");
            page.locator("#reading-submit-" + id).click();
            assertThat(page.locator("#reading-message-" + id)).hasText("Показания приняты. Спасибо!");
            Locator history = page.locator("#reading-history-" + id);
            assertThat(history).containsText("12345,6");
            assertThat(history).containsText("Принято");
            shot(browser, "reading-accepted");
        }
        List<ReadingView> stored = bean(ReadingSubmissionService.class).history(ivanov, smartMeter.accountMeterId());
        assertThat(stored).hasSize(3).allMatch(r -> r.status() == ReadingStatus.ACCEPTED);
        assertThat(stored.stream().map(r -> r.value().stripTrailingZeros().toPlainString()).toList())
                .containsExactlyInAnyOrder("12345.6", "8765.4", "4321");
    }

    @Test
    @Order(2)
    void the_customer_pays_the_debt_through_the_sandbox_and_downloads_the_receipt_with_its_qr() throws Exception {
        BigDecimal before = gridAccount.totalDebt();
        assertThat(before).isPositive();
        try (BrowserSession browser = BrowserSession.desktop(server.url())) {
            Page page = browser.logIn("ivanov", "ivan-meter-42");
            browser.open("payments");
            assertThat(page.locator("#view-title")).hasText("Платежи");
            assertThat(page.locator("#pay-submit")).isVisible();
            shot(browser, "payments");

            page.locator("#pay-submit").click();
            page.waitForURL(Pattern.compile(".*/sandbox/pay/[A-Za-z0-9_-]+\\?payment=\\d+$"));
            sandboxAddress = page.url().substring(server.url().length());
            assertThat(page.locator("#sandbox-payees")).containsText(gridAccount.number());
            shot(browser, "sandbox-page");
            page.locator("#sandbox-pay").click();
            page.waitForURL(Pattern.compile(".*/payments\\?payment=\\d+.*"));
            assertThat(page.locator("#payment-outcome")).containsText("прошла");
            shot(browser, "paid");
            assertThat(bean(AccountOverviewService.class).overview(ivanov)).allSatisfy(a -> assertThat(a.totalDebt()).isNotPositive());
            debtPaid = before;

            // the receipt of the month just finished: what was due before the payment of this month
            browser.open("receipts/" + gridAccount.accountId());
            assertThat(page.locator("#receipt-download")).isVisible();
            shot(browser, "receipts");
            receiptLink = page.locator("#receipt-download").getAttribute("href");
            Download download = page.waitForDownload(() -> page.locator("#receipt-download").click());
            Path pdf = BrowserSession.SCREENSHOTS.resolve("journey-receipt.pdf");
            download.saveAs(pdf);
            YearMonth month = YearMonth.from(gridAccount.window().today()).minusMonths(1);
            assertThat(download.suggestedFilename()).isEqualTo("receipt-" + gridAccount.number() + "-" + month + ".pdf");

            BufferedImage image = render(pdf);
            ImageIO.write(image, "png", BrowserSession.SCREENSHOTS.resolve(String.format("journey-%02d-receipt-pdf.png", ++shot)).toFile());
            Map<String, String> qr = gostFields(decodeQr(image));
            assertThat(qr).containsEntry("Name", "ПАО «Волжская сетевая компания»")
                    .containsEntry("PersonalAcc", "40702810154400012345")
                    .containsEntry("BankName", "Поволжский банк ПАО Сбербанк")
                    .containsEntry("BIC", "043601607")
                    .containsEntry("CorrespAcc", "30101810200000000607")
                    .containsEntry("PersAcc", gridAccount.number())
                    .containsEntry("Sum", before.movePointRight(2).setScale(0).toPlainString())
                    .containsEntry("PaymPeriod", month.format(DateTimeFormatter.ofPattern("MMyyyy")));
        }
    }

    @Test
    @Order(3)
    void another_customer_typing_the_first_ones_addresses_is_refused() {
        long account = gridAccount.accountId();
        long meter = smartMeter.accountMeterId();
        try (BrowserSession browser = BrowserSession.desktop(server.url())) {
            // not petrova: in the demo ivanov has delegated this account's readings to her
            Page page = browser.logIn("sidorov", "petr-shop-42");
            assertThat(page.locator("#current-user")).hasText("Сидоров Пётр Алексеевич");
            List<String> addresses = List.of("overview/" + account, "consumption/" + meter, "readings/" + meter, "payments/" + account,
                    "receipts/" + account);
            int n = 0;
            for (String address : addresses) {
                browser.open(address);
                assertThat(page.locator("#customer-not-found")).isVisible();
                assertThat(page.locator("body")).not().containsText(gridAccount.number());
                assertThat(page.locator("body")).not().containsText(smartMeter.serial());
                if (n++ < 2) {
                    shot(browser, "refused-" + address.substring(0, address.indexOf('/')));
                }
            }
            // ivanov's sandbox page, payment and all
            assertThat(sandboxAddress).isNotNull();
            browser.open(sandboxAddress);
            assertThat(page.locator("#customer-not-found")).isVisible();
            assertThat(page.locator("#sandbox-pay")).hasCount(0);
            assertThat(page.locator("body")).not().containsText(gridAccount.number());
            shot(browser, "refused-sandbox");
            // ivanov's receipt link (a resource of his session) gives sidorov no PDF
            assertThat(receiptLink).isNotBlank();
            com.microsoft.playwright.APIResponse pdf = browser.context().request().get(server.url() + receiptLink);
            assertThat(pdf.headers().getOrDefault("content-type", "")).doesNotContain("application/pdf");
            assertThat(new String(pdf.body(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotStartWith("%PDF");
            // and the operator's pages
            browser.open("review-queue");
            assertThat(page.locator("#view-title")).hasText("Страница не найдена");
        }
    }

    @Test
    @Order(4)
    void an_operator_rejects_a_flagged_reading_with_a_reason() {
        // ivanov types T1 far off what his smart meter measured today: flagged against the telemetry
        // (or, just after midnight when today has no T1 hours yet, as a jump)
        ReadingSubmissionService submissions = bean(ReadingSubmissionService.class);
        Map<Integer, BigDecimal> last = new java.util.TreeMap<>();
        submissions.lastAccepted(ivanov, smartMeter.accountMeterId()).forEach((zone, r) -> last.put(zone, r.value()));
        last.put(1, last.get(1).add(new BigDecimal("5000")));
        ReadingView doubtful = submissions.submit(ivanov, smartMeter.accountMeterId(), last).readings().stream()
                .filter(r -> r.status() == ReadingStatus.UNDER_REVIEW).findFirst().orElseThrow();
        assertThat(doubtful.zone()).isEqualTo(1);

        Viewer operator = bean(UserService.class).findByLogin("operator").orElseThrow().viewer();
        List<FlaggedReading> flagged = bean(OperatorReviewService.class).flagged(operator);
        assertThat(flagged).hasSize(2);
        FlaggedReading office = flagged.stream().filter(f -> !f.accountNumber().equals(gridAccount.number())).findFirst().orElseThrow();
        long id = office.reading().id();
        long smartId = doubtful.id();
        String reason = "Показание не сходится с фото прибора, пришлите новое";
        try (BrowserSession browser = BrowserSession.desktop(server.url())) {
            Page page = browser.logIn("operator", "grid-duty-42");
            assertThat(page.locator("#view-title")).hasText("Очередь проверки");
            assertThat(page.locator("#review-" + id)).isVisible();
            assertThat(page.locator("#review-" + id + "-account")).hasText(office.accountNumber());
            assertThat(page.locator("#review-" + id + "-flag")).hasText("Намного больше обычного потребления");
            assertThat(page.locator("#review-" + id + "-evidence")).containsText("Рост +");
            shot(browser, "review-queue");

            // the smart meter's reading, with what the meter measured as evidence: accepted
            assertThat(page.locator("#review-" + smartId + "-account")).hasText(gridAccount.number());
            assertThat(page.locator("#review-" + smartId + "-zone")).hasText("T1");
            if (doubtful.flag() == io.meterhub.cabinet.readings.ReadingFlag.TELEMETRY_MISMATCH) {
                assertThat(page.locator("#review-" + smartId + "-flag")).hasText("Расходится с данными интеллектуального прибора");
                assertThat(page.locator("#review-" + smartId + "-evidence"))
                        .containsText(Pattern.compile("По данным прибора с \\d\\d\\.\\d\\d\\.\\d{4} по \\d\\d\\.\\d\\d\\.\\d{4}: [0-9,]+ кВт·ч"));
            }
            // "за 0 дн." on the day of the reading; a run across the organization's midnight says 1
            assertThat(page.locator("#review-" + smartId + "-evidence")).containsText(Pattern.compile("Рост \\+5000 кВт·ч за [01] дн\\."));
            page.locator("#accept-" + smartId).click();
            assertThat(page.locator("#review-" + smartId)).hasCount(0);
            assertThat(page.locator("#review-count")).hasText("Ждут решения: 1");

            page.locator("#reject-" + id).click();
            assertThat(page.locator("#reject-reason")).isVisible();
            page.locator("#reject-confirm").click();
            assertThat(page.locator("#reject-reason")).hasAttribute("invalid", "");
            assertThat(page.locator("#reject-reason")).containsText("Укажите причину для потребителя");
            page.locator("#reject-reason textarea").fill(reason);
            shot(browser, "reject-dialog");
            page.locator("#reject-confirm").click();
            assertThat(page.locator("#review-" + id)).hasCount(0);
            assertThat(page.locator("#reject-reason")).hasCount(0);
            shot(browser, "rejected");
        }
        Viewer romashka = bean(UserService.class).findByLogin("romashka").orElseThrow().viewer();
        ReadingView rejected = bean(ReadingSubmissionService.class).history(romashka, office.reading().accountMeterId()).stream()
                .filter(r -> r.id() == id).findFirst().orElseThrow();
        assertThat(rejected.status()).isEqualTo(ReadingStatus.REJECTED);
        assertThat(rejected.reason()).isEqualTo(reason);
        assertThat(submissions.lastAccepted(ivanov, smartMeter.accountMeterId()).get(1).value()).isEqualByComparingTo(last.get(1));

        // on a phone: the operator finds ivanov's meter by account number in "readings to check"
        try (BrowserSession phone = BrowserSession.phone(server.url())) {
            Page page = phone.logIn("operator", "grid-duty-42");
            phone.open("readings-to-check");
            page.locator("#meter-search input").fill(gridAccount.number());
            page.locator("#meter-search-button").click();
            assertThat(page.locator("#meter-" + smartMeter.accountMeterId() + "-account")).hasText(gridAccount.number());
            assertThat(page.locator("#meter-" + smartMeter.accountMeterId() + "-history")).containsText("12345,6");
            shot(phone, "readings-to-check-phone");
        }

        // the customer reads the reason in the history
        try (BrowserSession browser = BrowserSession.desktop(server.url())) {
            Page page = browser.logIn("romashka", "office-meter-42");
            browser.open("readings/" + office.reading().accountMeterId());
            assertThat(page.locator("#reading-history-" + office.reading().accountMeterId())).containsText(reason);
            shot(browser, "customer-reads-reason");
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static void shot(BrowserSession browser, String step) {
        Path file = browser.screenshot(String.format("journey-%02d-%s", ++shot, step));
        assertThat(Files.exists(file)).isTrue();
    }

    private static <T> T bean(Class<T> type) {
        return server.applicationContext().getBean(type);
    }

    private static BufferedImage render(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            return new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.RGB);
        }
    }

    private static String decodeQr(BufferedImage image) throws Exception {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
        Result result = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))), hints);
        return result.getText();
    }

    /** "ST00012|Name=...|..." as a map, after checking the header (UTF-8). */
    private static Map<String, String> gostFields(String payload) {
        assertThat(payload).startsWith("ST00012|");
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : payload.substring("ST00012|".length()).split("\\|")) {
            int eq = part.indexOf('=');
            assertThat(eq).as(part).isPositive();
            fields.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return fields;
    }
}
