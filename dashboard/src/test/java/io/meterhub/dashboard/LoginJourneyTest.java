package io.meterhub.dashboard;

import io.meterhub.cabinet.access.Role;
import io.meterhub.storage.Database;
import io.meterhub.storage.cabinet.Jdbc;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** In a real headless Chromium: the dashboard started as the launcher starts it, a customer logs in. */
class LoginJourneyTest {
    private static Database database;
    private static DashboardServer server;
    private static BrowserSession browser;

    @BeforeAll
    static void start() {
        database = TestUsers.freshDatabase();
        TestUsers.insertUser(database.dataSource(), "anna", "Secret-123", Role.CUSTOMER, "Анна Иванова", "ru");
        TestUsers.insertUser(database.dataSource(), "boris", "Secret-123", Role.CUSTOMER, "Борис Петров", "ru");
        server = DashboardServer.start(DashboardConfig.of(0, database.dataSource()));
        browser = BrowserSession.desktop(server.url());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void customer_logs_in_and_sees_the_overview() {
        Page page = browser.open("overview");
        page.waitForURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("vaadin-login-form")).isVisible();

        browser.submitLogin("anna", "wrong password");
        page.waitForURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByText("Неверный логин или пароль")).isVisible();
        browser.screenshot("login-error");

        browser.submitLogin("anna", "Secret-123");
        // back to the address first asked for (Spring Security's request cache adds "?continue")
        page.waitForURL(Pattern.compile(".*/overview(\\?continue)?$"));
        assertThat(page.locator("#view-title")).hasText("Обзор");
        assertThat(page.locator("#current-user")).hasText("Анна Иванова");
        assertThat(page.locator("#nav-overview")).isVisible();
        assertThat(page.locator("#nav-review-queue")).hasCount(0);
        // anna holds no account: the overview says so (the charts are in the cabinet journey)
        assertThat(page.locator("#overview-empty")).hasText("У вас пока нет лицевых счетов.");

        Path shot = browser.screenshot("login-overview");
        assertThat(Files.exists(shot)).isTrue();

        // the language switch holds for the session, also across a page load
        page.locator("#locale-en").click();
        assertThat(page.locator("#view-title")).hasText("Overview");
        page.reload();
        assertThat(page.locator("#view-title")).hasText("Overview");
        assertThat(page.locator("#nav-consumption")).containsText("Consumption");
        assertThat(page.locator("#overview-empty")).hasText("You have no accounts yet.");
        page.locator("#locale-ru").click();
        assertThat(page.locator("#view-title")).hasText("Обзор");

        page.locator("#logout").click();
        page.waitForURL(Pattern.compile(".*/login$"));
        browser.open("overview");
        page.waitForURL(Pattern.compile(".*/login$"));
    }

    @Test
    void on_a_phone_the_drawer_collapses_and_the_operators_page_is_refused() {
        try (BrowserSession phone = BrowserSession.phone(server.url())) {
            Page page = phone.logIn("anna", "Secret-123");
            assertThat(page.locator("#view-title")).hasText("Обзор");
            assertThat(page.locator("vaadin-drawer-toggle")).isVisible();
            assertThat(page.locator("#nav-overview")).not().isInViewport();
            assertThat(page.locator("#overview-empty")).isVisible();
            phone.screenshot("overview-phone");

            page.locator("vaadin-drawer-toggle").click();
            assertThat(page.locator("#nav-consumption")).isInViewport();
            assertThat(page.locator("#drawer-user")).hasText("Анна Иванова · Потребитель");
            page.waitForTimeout(500); // the drawer slides in
            phone.screenshot("menu-phone");
            page.locator("#nav-consumption").click();
            assertThat(page.locator("#view-title")).hasText("Потребление");
            assertThat(page.locator("#nav-consumption")).not().isInViewport();

            phone.open("review-queue");
            assertThat(page.locator("#view-title")).hasText("Страница не найдена");
        }
    }

    @Test
    void a_login_right_after_the_users_sessions_were_ended_holds_in_the_same_browser() {
        try (BrowserSession fresh = BrowserSession.desktop(server.url())) {
            Page page = fresh.open("login");
            // what setting a password by the emailed link does, while this browser already holds a session of the login page
            Jdbc.update(database.dataSource(), "UPDATE app_user SET sessions_valid_after = now() WHERE login = 'boris'");
            fresh.logIn("boris", "Secret-123");
            assertThat(page.locator("#current-user")).hasText("Борис Петров");
            page.reload();
            assertThat(page.locator("#current-user")).hasText("Борис Петров");
        }
    }
}
