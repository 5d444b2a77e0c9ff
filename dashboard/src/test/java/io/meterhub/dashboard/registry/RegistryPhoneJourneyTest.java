package io.meterhub.dashboard.registry;

import com.microsoft.playwright.Page;
import io.meterhub.dashboard.BrowserSession;
import io.meterhub.dashboard.DemoDashboard;
import io.meterhub.storage.registry.ControllerCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry page on a phone (390 px, real headless Chromium over the production bundle): the
 * administrator registers an MQTT controller and reads its password in a dialog that fits the
 * screen, then opens the meter form; nothing is wider than the phone. Screenshots in
 * {@code target/screenshots/registry-phone-*.png}.
 */
class RegistryPhoneJourneyTest {
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
    void on_a_phone_an_administrator_registers_a_controller_reads_its_password_and_opens_the_meter_form() throws Exception {
        try (BrowserSession browser = BrowserSession.phone(dashboard.url())) {
            browser.logIn("admin", "grid-chief-42");
            Page page = browser.open("admin/registry");
            assertThat(page.locator("#view-title")).hasText("Каналы учёта");
            assertThat(page.locator("#" + RegistryView.CONTROLLERS_TAB_ID)).isVisible();
            assertThat(page.locator("#" + ControllersSection.CREATE_ID)).isVisible();
            assertThat(pageWidth(page)).as("the page scrolls sideways on a phone").isLessThanOrEqualTo(390);
            browser.screenshot("registry-phone-1-controllers");

            page.locator("#" + ControllersSection.CREATE_ID).click();
            page.locator("#registry-controller-id input").fill("CTL-PHONE-1");
            page.locator("#registry-controller-confirm").click();
            assertThat(page.locator("#registry-credentials-once")).isVisible();
            String password = page.locator("#" + CredentialsDialog.PASSWORD_ID + " input").inputValue();
            assertThat(password).hasSize(24);
            assertThat(new ControllerCredentials(dashboard.database.dataSource()).matches("CTL-PHONE-1", password.getBytes(StandardCharsets.UTF_8))).isTrue();
            assertThat(overlayWidth(page)).as("the credentials dialog fits the phone").isLessThanOrEqualTo(390);
            browser.screenshot("registry-phone-2-password-once");
            page.locator("#registry-credentials-done").click();
            assertThat(page.locator("#registry-credentials-once")).isHidden();
            page.waitForTimeout(300);
            assertThat(page.locator("#registry-controller-CTL-PHONE-1-rotate")).isVisible();
            assertThat(pageWidth(page)).isLessThanOrEqualTo(390);
            browser.screenshot("registry-phone-3-controller-row");

            page.locator("#" + RegistryView.METERS_TAB_ID).click();
            page.locator("#" + MetersSection.CREATE_ID).click();
            assertThat(page.locator("#registry-meter-nextVerificationOn")).isVisible();
            assertThat(overlayWidth(page)).as("the meter dialog fits the phone").isLessThanOrEqualTo(390);
            browser.screenshot("registry-phone-4-meter-form");
        }
    }

    private static int pageWidth(Page page) {
        return DemoDashboard.pageWidth(page);
    }

    /** The widest open dialog's card, as laid out. */
    private static int overlayWidth(Page page) {
        page.waitForTimeout(300);
        return ((Number) page.evaluate("Math.max(0, ...Array.from(document.querySelectorAll('vaadin-dialog-overlay'))"
                + ".map(o => (o.shadowRoot && o.shadowRoot.querySelector('[part=overlay]') || o).getBoundingClientRect().width))")).intValue();
    }
}
