package io.meterhub.dashboard;

import com.microsoft.playwright.Page;
import io.meterhub.demo.CabinetSeeder;
import io.meterhub.storage.Database;

import java.time.Clock;
import java.util.List;

/** The demo's dashboard (its outbox page too) on a free port over a fresh database with the demo's cabinet data, for browser journeys. */
public final class DemoDashboard implements AutoCloseable {
    public final Database database;
    public final DashboardServer server;

    private DemoDashboard(Database database, DashboardServer server) {
        this.database = database;
        this.server = server;
    }

    public static DemoDashboard start() {
        return start(java.util.Map.of());
    }

    /** With these variables set for the dashboard, e.g. the demo directory's {@code MH_LDAP_*}. */
    public static DemoDashboard start(java.util.Map<String, String> variables) {
        Database database = TestUsers.freshDatabase();
        new CabinetSeeder(database.dataSource(), Clock.systemUTC()).seed(DemoSeedBeans.GRID, List.of());
        BrowserSession.knowSecondFactors(io.meterhub.demo.DemoSecondFactors.SECRETS);
        return new DemoDashboard(database, DashboardServer.start(DashboardConfig.of(0, database.dataSource()).asDemo(DemoSeedBeans.GRID), variables));
    }

    public String url() {
        return server.url();
    }

    /** How wide the page is laid out: more than the window means it scrolls sideways. */
    public static int pageWidth(Page page) {
        return ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
