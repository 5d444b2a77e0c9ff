package io.meterhub.app;

import io.meterhub.devices.modbus.MeterBehaviour;
import io.meterhub.devices.modbus.ModbusMeterSimulator;
import io.meterhub.ingest.mqtt.MqttLogin;
import io.meterhub.ingest.mqtt.MqttUplinkPublisher;
import io.meterhub.protocols.modbus.profile.DeviceProfiles;
import io.meterhub.devices.simulator.Faults;
import io.meterhub.devices.simulator.FleetSimulator;
import io.meterhub.devices.simulator.FleetSpec;
import io.meterhub.devices.simulator.LiveSimulation;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.registry.MeterRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;

@Command(name = "simulate", description = "Simulated meters for demos, tests and commissioning.",
        subcommands = {SimulateCommand.Mqtt.class, SimulateCommand.Modbus.class})
final class SimulateCommand implements Runnable {

    @Override
    public void run() {
        System.out.println("usage: meterhub simulate mqtt|modbus --help");
    }

    @Command(name = "mqtt", mixinStandardHelpOptions = true,
            description = "Publish a simulated fleet of MQTT controllers to MH_MQTT_URI: a replay of past days, then live if asked.")
    static final class Mqtt implements Callable<Integer> {
        @Option(names = "--controllers", defaultValue = "4", description = "controllers (default ${DEFAULT-VALUE})")
        int controllers;
        @Option(names = "--meters", defaultValue = "5", description = "meters per controller (default ${DEFAULT-VALUE})")
        int meters;
        @Option(names = "--hours", defaultValue = "24", description = "hours of history to replay before now (default ${DEFAULT-VALUE})")
        int hours;
        @Option(names = "--faults", defaultValue = "typical", description = "none or typical (default ${DEFAULT-VALUE})")
        String faults;
        @Option(names = "--seed", defaultValue = "42")
        long seed;
        @Option(names = "--live", description = "after the replay keep publishing the fleet's readings of now")
        boolean live;
        @Option(names = "--tick", defaultValue = "PT10S", description = "live reading interval as ISO-8601 (default ${DEFAULT-VALUE})")
        Duration tick;
        @Option(names = "--register", description = "register the fleet's organization, controllers and meters in MH_DB_URL first")
        boolean register;

        @Override
        public Integer call() throws Exception {
            FleetSimulator simulator = new FleetSimulator(FleetSpec.defaults().withSize(controllers, meters).withSeed(seed), faults(faults));
            if (register) {
                try (Database database = Database.open(StorageConfig.fromEnvironment(System.getenv()))) {
                    FleetRegistrar.register(new MeterRegistry(database.dataSource()), simulator, "Simulated grid company");
                }
                System.out.println("registered " + simulator.meters().size() + " meters of " + simulator.spec().organizationId());
            }
            String broker = System.getenv().getOrDefault("MH_MQTT_URI", "tcp://127.0.0.1:1883");
            // One connection for the whole fleet: a broker that authenticates controllers refuses every controller but
            // MH_MQTT_USER's own, loudly. Simulate against an open test broker (deploy/mosquitto/test.conf).
            try (MqttUplinkPublisher publisher = new MqttUplinkPublisher(broker, "meterhub-simulator-" + ProcessHandle.current().pid(),
                    MqttLogin.fromEnvironment(System.getenv()))) {
                Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                ReplayProgress.replay(simulator, now.minus(Duration.ofHours(hours)), now, publisher, System.out);
                if (live) {
                    try (LiveSimulation running = simulator.publishLiveTo(publisher, tick).start()) {
                        System.out.println("live: the fleet reads every " + tick.toSeconds() + " s; Ctrl-C stops");
                        UntilStopped.await();
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "modbus", mixinStandardHelpOptions = true,
            description = "Serve a simulated meter over Modbus TCP, for example to try ./meterhub probe against it.")
    static final class Modbus implements Callable<Integer> {
        @Option(names = "--profile", defaultValue = "eastron-sdm630", description = "device profile (default ${DEFAULT-VALUE})")
        String profile;
        @Option(names = "--port", defaultValue = "5020")
        int port;
        @Option(names = "--unit", defaultValue = "1")
        int unit;
        @Option(names = "--power-kw", defaultValue = "2.4")
        double powerKw;

        @Override
        public Integer call() throws InterruptedException {
            try (ModbusMeterSimulator meter = new ModbusMeterSimulator(DeviceProfiles.builtIn().require(profile), unit, port,
                    MeterBehaviour.typical().withPowerKw(powerKw)).start()) {
                System.out.println("serving " + profile + " at unit " + unit + " on 127.0.0.1:" + meter.port() + "; Ctrl-C stops");
                UntilStopped.await();
            }
            return 0;
        }
    }

    static Faults faults(String name) {
        return switch (name) {
            case "none" -> Faults.none();
            case "typical" -> Faults.typical();
            default -> throw new IllegalArgumentException("--faults must be none or typical, got " + name);
        };
    }
}
