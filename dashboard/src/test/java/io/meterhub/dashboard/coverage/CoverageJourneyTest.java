package io.meterhub.dashboard.coverage;

import com.microsoft.playwright.Page;
import io.meterhub.dashboard.BrowserSession;
import io.meterhub.dashboard.DemoDashboard;
import io.meterhub.dashboard.calculator.PowerCalculatorView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages of the grid company in a real headless Chromium over the production bundle, at a phone's 390 px and
 * a laptop's 1366 px, without login: the coverage map drawn by ECharts from the demo's GeoJSON (no tile server), the
 * search that finds Novokuybyshevsk's office and says Tolyatti is not served, and the power calculator's result;
 * nothing wider than the window. Also the installable app: the manifest, the service worker and the offline page are
 * served. Screenshots in {@code target/screenshots/coverage-*.png}.
 */
class CoverageJourneyTest {
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

    @ParameterizedTest(name = "{0} px")
    @CsvSource({"390, 844, phone", "1366, 768, desktop"})
    void a_visitor_finds_the_office_of_a_settlement_on_the_map_and_computes_the_power(int width, int height, String name) {
        try (BrowserSession browser = BrowserSession.sized(dashboard.url(), width, height)) {
            Page page = browser.open(PublicCoverageView.ROUTE);
            assertThat(page.locator("#view-title")).hasText("Карта присутствия");
            // the chart renders only once the GeoJSON map is registered
            assertThat(page.locator("#" + CoverageMapPanel.CHART_ID + "[rendered] canvas").first()).isVisible();
            assertThat(page.locator("#" + CoverageMapPanel.AREAS_ID)).containsText("Новокуйбышевский РЭС");
            page.waitForTimeout(600);
            assertThat(DemoDashboard.pageWidth(page)).as("wider than the window").isLessThanOrEqualTo(width);
            browser.screenshot("coverage-" + name + "-1-map");

            page.locator("#" + CoverageMapPanel.SEARCH_ID + " input").fill("новокуйбышевск");
            page.locator("#" + CoverageMapPanel.FIND_ID).click();
            assertThat(page.locator("#" + CoverageMapPanel.RESULT_ID)).containsText("г. Новокуйбышевск обслуживается");
            assertThat(page.locator("#" + CoverageMapPanel.RESULT_ID)).containsText("ул. Миронова, 12");
            page.waitForTimeout(600);
            assertThat(DemoDashboard.pageWidth(page)).isLessThanOrEqualTo(width);
            browser.screenshot("coverage-" + name + "-2-found");

            page.locator("#" + CoverageMapPanel.SEARCH_ID + " input").fill("Тольятти");
            page.locator("#" + CoverageMapPanel.FIND_ID).click();
            assertThat(page.locator("#" + CoverageMapPanel.RESULT_ID)).containsText("«Тольятти» не входит в зоны обслуживания");
            browser.screenshot("coverage-" + name + "-3-not-served");

            browser.open(PowerCalculatorView.ROUTE);
            assertThat(page.locator("#view-title")).hasText("Калькулятор мощности");
            page.locator("#power-line-0-kw input").fill("0,1");
            page.locator("#power-line-0-count input").fill("20");
            page.locator("#" + PowerCalculatorView.ADD_ID).click();
            page.locator("#power-line-1-type").click();
            page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText("Электроплита")).click();
            page.locator("#power-line-1-kw input").fill("8,5");
            page.locator("#" + PowerCalculatorView.ADD_ID).click();
            page.locator("#power-line-2-type").click();
            page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText("Водонагреватель")).click();
            page.locator("#power-line-2-kw input").fill("2");
            page.locator("#" + PowerCalculatorView.CALCULATE_ID).click();
            // 0,1 × 20 × 0,90 + 8,5 × 0,65 + 2 × 0,80 = 1,8 + 5,525 + 1,6 = 8,925 → 9 kW
            assertThat(page.locator("#" + PowerCalculatorView.EXACT_KW_ID)).hasText("Сумма с коэффициентами: 8,925 кВт");
            assertThat(page.locator("#" + PowerCalculatorView.APPLY_KW_ID)).hasText("9 кВт");
            assertThat(page.locator("#" + PowerCalculatorView.APPLY_ID)).isVisible();
            assertThat(DemoDashboard.pageWidth(page)).isLessThanOrEqualTo(width);
            browser.screenshot("coverage-" + name + "-4-power");
        }
    }

    @Test
    void the_installable_app_serves_its_manifest_service_worker_and_offline_page() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> manifest = get(http, "manifest.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.body()).contains("\"name\":\"Meterhub — личный кабинет\"").contains("\"short_name\":\"Meterhub\"")
                .contains("\"display\":\"standalone\"").contains("icons/icon-");
        HttpResponse<String> worker = get(http, "sw.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(worker.body()).contains("offline.html");
        HttpResponse<String> offline = get(http, "offline.html");
        assertThat(offline.statusCode()).isEqualTo(200);
        assertThat(offline.body()).contains("Нет связи с личным кабинетом").contains("You are offline");
        HttpResponse<String> login = get(http, "login");
        assertThat(login.body()).contains("rel=\"manifest\"").contains("manifest.webmanifest");
        assertThat(get(http, "icons/icon.png").statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(dashboard.url() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
