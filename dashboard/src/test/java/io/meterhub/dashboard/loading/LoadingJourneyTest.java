package io.meterhub.dashboard.loading;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.meterhub.cabinet.access.Role;
import io.meterhub.dashboard.BrowserSession;
import io.meterhub.dashboard.DashboardConfig;
import io.meterhub.dashboard.DashboardServer;
import io.meterhub.dashboard.TestUsers;
import io.meterhub.storage.Database;
import io.meterhub.storage.cabinet.Jdbc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** In a real headless Chromium at a phone's width: an administrator loads a CSV with a bad row, reads it, applies the rest. */
class LoadingJourneyTest {
    private static Database database;
    private static DashboardServer server;
    private static BrowserSession browser;

    @BeforeAll
    static void start() {
        database = TestUsers.freshDatabase();
        Jdbc.update(database.dataSource(), "INSERT INTO organization (id, name, kind, time_zone) VALUES ('JOURNEY', 'Сетевая компания', "
                + "'GRID_COMPANY', 'Europe/Samara')");
        long admin = TestUsers.insertUser(database.dataSource(), "load-admin", "Secret-123", Role.ADMIN, "Администратор", "ru");
        Jdbc.update(database.dataSource(), "UPDATE app_user SET organization_id = 'JOURNEY' WHERE id = ?", admin);
        server = DashboardServer.start(DashboardConfig.of(0, database.dataSource()));
        browser = BrowserSession.phone(server.url());
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
    void an_administrator_loads_accounts_on_a_phone_reads_the_bad_row_and_applies_the_rest() {
        browser.logIn("load-admin", "Secret-123");
        Page page = browser.open("admin/loading");
        assertThat(page.locator("#view-title")).hasText("Загрузка данных");
        String file = "Лицевой счёт;ФИО / наименование;Вид потребителя;Адрес;Дата открытия\n"
                + "J-1;Новиков Пётр;ФЛ;г. Самара, ул. Новая, 1;01.02.2024\n"
                + "J-2;Новикова Анна;ФЛ;г. Самара, ул. Новая, 2;31.02.2026\n";
        page.locator("#loading-upload input[type=file]").setInputFiles(new FilePayload("абоненты.csv", "text/csv",
                file.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#load-counts")).hasText("Строк: 2, верных: 1, с ошибками: 1; новых: 1, обновляемых: 0");
        assertThat(page.locator("#load-problems")).containsText("«Дата открытия»: 31.02.2026 — такой даты нет");
        browser.screenshot("loading-preview-phone");
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);

        page.locator("#" + LoadPreview.APPLY_ID).click();
        assertThat(page.locator("#load-counts")).containsText("Записано строк: 1");
        browser.screenshot("loading-applied-phone");
        assertThat(Jdbc.one(database.dataSource(), "SELECT count(*) FROM account WHERE organization_id = 'JOURNEY'", r -> r.getInt(1))
                .orElseThrow()).isEqualTo(1);
    }
}
