package io.meterhub.dashboard.directory;

import com.microsoft.playwright.Page;
import io.meterhub.dashboard.BrowserSession;
import io.meterhub.dashboard.DemoDashboard;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.demo.DemoDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member of the demo directory (embedded UnboundID, AD-like tree) signs in through the login form in a real
 * headless Chromium and sees exactly the control panel's pages of their directory groups; a page of another module says
 * which module it needs; once the domain's administrator takes a group away, the next sign-in shows one page fewer; the
 * colleague whose account the directory disabled is told so on the login page. Screenshots in
 * {@code target/screenshots/directory-*.png}.
 */
class DirectoryJourneyTest {
    /** What the groups Meterhub-Readings (READINGS, APPEALS) and Meterhub-Registry (REGISTRY) open, in the menu's order. */
    static final List<String> READINGS_APPEALS_REGISTRY = List.of("nav-review-queue", "nav-readings-to-check", "nav-anomalies",
            "nav-connection-queue", "nav-connection-paper", "nav-admin-appeals", "nav-admin-visits", "nav-admin-registry", "nav-sign-ins", "nav-help");
    /** What Meterhub-Registry alone opens. */
    static final List<String> REGISTRY_ONLY = List.of("nav-anomalies", "nav-admin-registry", "nav-sign-ins", "nav-help");

    private static DirectoryDashboard running;
    private static DemoDirectory directory;
    private static DemoDashboard dashboard;

    @BeforeAll
    static void start() {
        running = DirectoryDashboard.start();
        directory = running.directory;
        dashboard = running.dashboard;
    }

    @AfterAll
    static void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void a_directory_staff_member_signs_in_through_the_form_and_sees_exactly_the_modules_of_their_groups() {
        try (BrowserSession browser = BrowserSession.desktop(dashboard.url())) {
            Page page = browser.logIn(DemoDirectory.ACTIVE, DemoDirectory.ACTIVE_PASSWORD);
            assertThat(menu(page)).isEqualTo(READINGS_APPEALS_REGISTRY);
            browser.screenshot("directory-1-operator-menu");

            browser.open("admin/staff");
            assertThat(page.locator("#" + ModulePage.NO_MODULE_ID)).hasText("Нужен модуль «Сотрудники»");
        }

        directory.setGroups("Кузнецова Анна Сергеевна", List.of(DemoDirectory.REGISTRY));
        try (BrowserSession browser = BrowserSession.desktop(dashboard.url())) {
            Page page = browser.logIn(DemoDirectory.ACTIVE, DemoDirectory.ACTIVE_PASSWORD);
            assertThat(menu(page)).isEqualTo(REGISTRY_ONLY);
            browser.screenshot("directory-2-after-the-group-change");
        }

        try (BrowserSession browser = BrowserSession.desktop(dashboard.url())) {
            Page page = browser.submitLogin(DemoDirectory.DISABLED, DemoDirectory.DISABLED_PASSWORD);
            page.waitForURL(url -> url.contains("refused=disabled"));
            assertThat(page.locator("vaadin-login-form")).containsText("Ваша учётная запись отключена в каталоге организации");
            browser.screenshot("directory-3-disabled-refused");
        }
    }

    private static List<String> menu(Page page) {
        page.locator("vaadin-side-nav-item").first().waitFor();
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) page.evaluate("Array.from(document.querySelectorAll('vaadin-side-nav-item')).map(i => i.id)");
        return ids;
    }
}
