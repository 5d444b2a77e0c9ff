package io.meterhub.app;

import io.meterhub.dashboard.DashboardConfig;
import io.meterhub.dashboard.DashboardServer;
import io.meterhub.storage.Database;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "cabinet", description = "Run the web cabinet on MH_CABINET_PORT (default 8080) over MH_DB_URL until stopped.")
final class CabinetCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        DashboardConfig config = DashboardConfig.fromEnvironment(System.getenv());
        try (Database database = Database.open(config.storage());
             DashboardServer server = DashboardServer.start(config.withDataSource(database.dataSource()))) {
            System.out.println("cabinet at " + server.url() + " over " + config.storage().jdbcUrl() + "; Ctrl-C stops it");
            UntilStopped.await();
        }
        return 0;
    }
}
