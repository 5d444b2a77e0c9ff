package io.meterhub.app;

import io.meterhub.api.ApiAssembly;
import io.meterhub.api.ApiConfig;
import io.meterhub.api.ApiServer;
import io.meterhub.storage.Database;
import io.meterhub.storage.cabinet.personaldata.PersonalDataCipher;
import picocli.CommandLine.Command;

import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "api", description = {"Run the integration API on MH_API_PORT (default 8081) over MH_DB_URL until stopped;",
        "telemetry sent to it is published to MH_MQTT_URI as MH_MQTT_USER (meterhub-api). Keys: ./meterhub api-key create."})
final class ApiCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        ApiConfig config = ApiConfig.fromEnvironment(System.getenv());
        // the API reads customers, whose SNILS and passports are encrypted: no MH_PD_KEY, no start (the message names it)
        PersonalDataCipher.ofProcess();
        try (Database database = Database.open(config.storage());
             ApiServer server = ApiServer.start(config, new ApiAssembly(database.dataSource(), Clock.systemUTC()))) {
            System.out.println("integration API at " + server.url() + " (contract: " + server.url() + "openapi.yaml) over "
                    + config.storage().jdbcUrl() + ", telemetry to " + config.mqttUri() + "; Ctrl-C stops it");
            UntilStopped.await();
        }
        return 0;
    }
}
