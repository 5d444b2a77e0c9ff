package io.meterhub.app;

import io.meterhub.api.ApiAssembly;
import io.meterhub.api.ApiConfig;
import io.meterhub.api.ApiServer;
import io.meterhub.cabinet.apikeys.CreatedKey;
import io.meterhub.cabinet.apikeys.Scope;
import io.meterhub.app.demo.BrokerUsers;
import io.meterhub.app.demo.DemoStatus;
import io.meterhub.app.demo.EmbeddedBroker;
import io.meterhub.app.demo.EmbeddedDatabase;
import io.meterhub.app.demo.HistoryBackfill;
import io.meterhub.cabinet.calendar.ProductionCalendar;
import io.meterhub.cabinet.connection.ApplicantNotifier;
import io.meterhub.dashboard.DashboardConfig;
import io.meterhub.dashboard.DashboardServer;
import io.meterhub.storage.cabinet.personaldata.PersonalDataKeys;
import io.meterhub.demo.AppealsSeeder;
import io.meterhub.demo.CabinetSeeder;
import io.meterhub.demo.ConnectionSeeder;
import io.meterhub.demo.DemoDirectory;
import io.meterhub.demo.SeedReport;
import io.meterhub.devices.modbus.MeterBehaviour;
import io.meterhub.devices.modbus.ModbusMeterSimulator;
import io.meterhub.ingest.mqtt.ControllerPublishers;
import io.meterhub.ingest.mqtt.MqttLogin;
import io.meterhub.ingest.mqtt.MqttUplinkPublisher;
import io.meterhub.protocols.telemetry.UplinkPublisher;
import io.meterhub.protocols.modbus.profile.DeviceProfiles;
import io.meterhub.devices.simulator.Faults;
import io.meterhub.devices.simulator.Fleet;
import io.meterhub.devices.simulator.FleetSimulator;
import io.meterhub.devices.simulator.FleetSpec;
import io.meterhub.devices.simulator.LiveSimulation;
import io.meterhub.ingest.modbus.ModbusPoller;
import io.meterhub.ingest.modbus.ModbusPollerConfig;
import io.meterhub.ingest.modbus.PolledDevice;
import io.meterhub.ingest.mqtt.MqttIngestConfig;
import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.telemetry.EventCode;
import io.meterhub.protocols.telemetry.MeterEvent;
import io.meterhub.protocols.telemetry.UplinkDocument;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.registry.ControllerCredentials;
import io.meterhub.storage.registry.MeterRegistration;
import io.meterhub.storage.registry.MeterRegistry;
import io.meterhub.stream.MeterhubJob;
import io.meterhub.stream.PipelineReadiness;
import io.meterhub.stream.StreamConfig;
import org.apache.flink.core.execution.JobClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

@Command(name = "demo", mixinStandardHelpOptions = true, description = {
        "Everything in one JVM: embedded PostgreSQL and MQTT broker, simulated MQTT controllers and Modbus meters,",
        "the Flink pipeline on a local mini cluster, the staff directory (embedded LDAP). Runs until Ctrl-C (or --for)."})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--pg-port", defaultValue = "15432", description = "embedded PostgreSQL port (default ${DEFAULT-VALUE})")
    int pgPort;
    @Option(names = "--mqtt-port", defaultValue = "11883", description = "embedded MQTT broker port (default ${DEFAULT-VALUE})")
    int mqttPort;
    @Option(names = "--controllers", defaultValue = "10", description = "simulated MQTT controllers (default ${DEFAULT-VALUE})")
    int controllers;
    @Option(names = "--meters", defaultValue = "20", description = "meters per controller (default ${DEFAULT-VALUE})")
    int meters;
    @Option(names = "--history-hours", defaultValue = "48", description = "hours of history replayed at start (default ${DEFAULT-VALUE})")
    int historyHours;
    @Option(names = "--tick", defaultValue = "PT10S", description = "live reading interval, ISO-8601 (default ${DEFAULT-VALUE})")
    Duration tick;
    @Option(names = "--cabinet-port", defaultValue = "8080", description = "the cabinet's web port (default ${DEFAULT-VALUE})")
    int cabinetPort;
    @Option(names = "--ldap-port", defaultValue = "10389", description = "the demo directory's LDAP port on 127.0.0.1, 0 = any free (default ${DEFAULT-VALUE})")
    int ldapPort;
    @Option(names = "--api-port", defaultValue = "8081", description = "the integration API's port (default ${DEFAULT-VALUE})")
    int apiPort;
    @Option(names = "--for", description = "stop by itself after this long, ISO-8601 (for example PT2M)")
    Duration runFor;
    @Option(names = "--work-dir", defaultValue = ".meterhub/demo", description = "where the embedded services keep their files")
    Path workDir;

    /** The sequence number of the demo's own uplink (ivanov's cover opened), far from the simulated controllers' counters. */
    static final long DEMO_EVENT_SEQUENCE = 9_000_000_000L;
    /** The controller id (and broker user) of the demo's Modbus gateway. */
    static final String MODBUS_GATEWAY = "modbus-gateway-demo";

    /** The demo's own key for SNILS and passports at rest; never a production one (see README, "Personal data"). */
    static final String DEMO_PERSONAL_DATA_KEY = "ZXspb5RbrtGpUyrNNxJSQZTU8BAyYnwnpp3cDmZeiq8=";
    private final PrintStream out = System.out;
    /** Counted down once everything runs and the cabinet serves: a test that runs the demo on a thread of its own waits for it. */
    final CountDownLatch ready = new CountDownLatch(1);
    private final CountDownLatch stop = new CountDownLatch(1);
    /** Where the cabinet and the database are, once {@link #ready}. */
    volatile String cabinetUrl;
    volatile String jdbcUrl;
    volatile String apiUrl;

    /** Stops a running demo as Ctrl-C would. */
    void stop() {
        stop.countDown();
    }

    @Override
    public Integer call() throws Exception {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            run(started);
            return 0;
        } finally {
            for (int i = started.size() - 1; i >= 0; i--) {
                try {
                    started.get(i).close();
                } catch (Exception e) {
                    out.println("stopping " + started.get(i).getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        }
    }

    private void run(List<AutoCloseable> started) throws Exception {
        usePersonalDataKey();
        out.println("[1/7] embedded PostgreSQL on port " + pgPort + " ...");
        EmbeddedDatabase postgres = EmbeddedDatabase.start(workDir.resolve("postgres").toAbsolutePath(), pgPort);
        started.add(postgres);
        Database database = Database.open(StorageConfig.of(postgres.jdbcUrl()));
        started.add(database);

        out.println("[2/7] embedded MQTT broker on port " + mqttPort + ", with a user for the pipeline and each controller ...");
        FleetSimulator fleet = new FleetSimulator(FleetSpec.defaults().withSize(controllers, meters), Faults.typical());
        List<String> brokerControllers = new ArrayList<>(fleet.fleet().controllers().stream().map(Fleet.Controller::controllerId).toList());
        brokerControllers.addAll(List.of(PipelineReadiness.PROBE_CONTROLLER, MODBUS_GATEWAY));
        EmbeddedBroker broker = EmbeddedBroker.start(workDir.resolve("mqtt").toAbsolutePath(), mqttPort, BrokerUsers.generate(brokerControllers)
                .withStored(new ControllerCredentials(database.dataSource())::matches));
        started.add(broker);

        out.println("[3/7] registering the demo grid company, " + controllers * meters + " MQTT meters and 2 Modbus meters ...");
        MeterRegistry registry = new MeterRegistry(database.dataSource());
        FleetRegistrar.register(registry, fleet, "Volga Grid (demo)");
        List<ModbusMeterSimulator> modbusMeters = startModbusMeters(started);
        List<PolledDevice> polled = registerModbusMeters(registry, fleet, modbusMeters);

        out.println("[4/7] the Flink pipeline on a local mini cluster ...");
        StreamConfig config = StreamConfig.defaults(StorageConfig.of(postgres.jdbcUrl()),
                MqttIngestConfig.of(broker.uri(), "meterhub-demo").withLogin(broker.users().pipelineLogin()));
        JobClient job = MeterhubJob.start(config);
        started.add(() -> job.cancel().get(30, TimeUnit.SECONDS));
        // Each simulated controller connects as itself: the broker lets it publish only to its own topic.
        UplinkPublisher publisher = new ControllerPublishers(broker.uri(), "demo-", broker.users()::login);
        started.add(publisher);
        PipelineReadiness.awaitSubscribed(database.dataSource(), (controller, payload) -> {
            publisher.publishRaw(controller, payload);
            publisher.flush();
        }, Duration.ofSeconds(90));

        out.println("[5/7] replaying " + historyHours + " h of history from the simulated controllers (with typical faults) ...");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ReplayProgress.replay(fleet, now.minus(Duration.ofHours(historyHours)), now, publisher, out);
        List<String> smartMeters = fleet.fleet().simulatedMeters().stream().filter(meter -> meter.tariffRegisters() == 3)
                .limit(3).map(meter -> meter.meterId()).toList();
        openCoverOfFirst(fleet, smartMeters, now.minus(Duration.ofHours(historyHours)).plus(Duration.ofHours(1)), publisher);

        out.println("[6/7] live: controllers publish every " + tick.toSeconds() + " s, the Modbus gateway polls every 5 s");
        LiveSimulation live = fleet.publishLiveTo(publisher, tick).start();
        started.add(live);
        MqttUplinkPublisher gateway = new MqttUplinkPublisher(broker.uri(), "demo-modbus-gateway", broker.users().login(MODBUS_GATEWAY));
        started.add(gateway);
        ModbusPoller poller = new ModbusPoller(new ModbusPollerConfig(polled, 1_000, 3, 1_000, 30_000), gateway::publish).start();
        started.add(poller);

        out.println("[7/7] the cabinet: a year of history for the customers' smart meters, their accounts, bills and payments ...");
        int hours = HistoryBackfill.write(database.dataSource(), fleet, smartMeters, now.minus(Duration.ofDays(366)),
                now.minus(Duration.ofHours(historyHours)));
        out.printf("  %,d hourly rows of history for %s%n", hours, smartMeters);
        SeedReport seed = new CabinetSeeder(database.dataSource(), Clock.systemUTC()).seed(fleet.spec().organizationId(), smartMeters);
        // grid connection applications in every state of the workflow, filed in the past: nobody is notified of them again
        List<SeedReport.SeedLogin> connectionLogins = new ConnectionSeeder(database.dataSource(), Clock.systemUTC(),
                ProductionCalendar.russia(), ApplicantNotifier.NONE).seed(seed.gridOrganizationId());
        new AppealsSeeder(database.dataSource(), Clock.systemUTC()).seed(seed.gridOrganizationId());
        seed = new SeedReport(seed.gridOrganizationId(), seed.housingOrganizationId(),
                java.util.stream.Stream.concat(seed.logins().stream(), connectionLogins.stream()).toList());
        // the grid company's staff directory (an embedded AD-like LDAP server): its staff sign in with their directory passwords
        DemoDirectory directory = DemoDirectory.start(ldapPort);
        started.add(directory);
        DashboardServer cabinet = DashboardServer.start(DashboardConfig.of(cabinetPort, database.dataSource()).asDemo(seed.gridOrganizationId()),
                directory.variables(seed.gridOrganizationId()));
        started.add(cabinet);

        ApiAssembly apiAssembly = new ApiAssembly(database.dataSource(), Clock.systemUTC());
        ApiServer api = ApiServer.start(ApiConfig.of(apiPort, StorageConfig.of(postgres.jdbcUrl()), broker.uri(), broker.users().apiLogin()),
                apiAssembly);
        started.add(api);
        CreatedKey demoKey = apiAssembly.apiKeyAdministration().createBySystem("demo", seed.gridOrganizationId(), "demo key",
                EnumSet.allOf(Scope.class));

        printWhereToLook(postgres, broker, fleet, modbusMeters);
        out.println("  cabinet:   " + cabinet.url() + "   logins:");
        out.print(seed.describe());
        out.println("  outbox:    " + cabinet.url() + "demo/outbox   the texts (one-time codes) and, without MH_SMTP_HOST, the emails the demo sent");
        out.println("  directory: " + directory.url() + "   " + DemoDirectory.BASE_DN + ", the grid company's staff sign in with it:");
        out.printf("  %-12s %-14s %-9s %s%n", DemoDirectory.ACTIVE, DemoDirectory.ACTIVE_PASSWORD, "OPERATOR",
                "groups Meterhub-Readings and Meterhub-Registry: new readings, appeals, the registry");
        out.printf("  %-12s %-14s %-9s %s%n", DemoDirectory.DISABLED, DemoDirectory.DISABLED_PASSWORD, "-", "disabled in the directory: refused");
        out.println("             browse: ldapsearch -x -H " + directory.url() + " -D '" + DemoDirectory.SEARCH_DN + "' -w "
                + DemoDirectory.SEARCH_PASSWORD + " -b " + DemoDirectory.STAFF + " sAMAccountName memberOf userAccountControl");
        out.println("  api:       " + api.url() + "   contract: " + api.url() + "openapi.yaml (read it at " + api.url() + "docs)   guide: docs/api.md");
        out.println("             key of " + seed.gridOrganizationId() + " (every scope: " + Scope.all() + "): " + demoKey.secret());
        out.println("             try: curl -H 'Authorization: Bearer " + demoKey.secret() + "' '" + api.url() + "meters?limit=3'");
        out.println();
        jdbcUrl = postgres.jdbcUrl();
        cabinetUrl = cabinet.url();
        apiUrl = api.url();
        ready.countDown();
        awaitStop(database);
    }

    /**
     * The demo's SNILS and passports are encrypted like anywhere else: under MH_PD_KEY when it is set, otherwise under
     * the demo's own fixed key (public, in this file: good for a demo database only), so a kept demo database opens
     * again after a restart.
     */
    private void usePersonalDataKey() {
        if (System.getenv(PersonalDataKeys.VARIABLE) == null && System.getProperty(PersonalDataKeys.VARIABLE) == null) {
            System.setProperty(PersonalDataKeys.VARIABLE, DEMO_PERSONAL_DATA_KEY);
            out.println("  personal data: SNILS and passports encrypted under the demo's fixed key (set " + PersonalDataKeys.VARIABLE
                    + " for another)");
        }
    }

    /**
     * The cover of the first customer's smart meter (ivanov's) opens an hour into the replayed history,
     * and again half an hour later, whatever the simulator's dice say: the demo always has a tamper
     * anomaly to review and a notice for its owner. The pipeline judges tamper events in event time,
     * and only newer tamper events move that time on; the second opening (the same episode: within the
     * detector's merge window) moves it past the first even in a small, quiet fleet.
     */
    private void openCoverOfFirst(FleetSimulator fleet, List<String> smartMeters, Instant at, UplinkPublisher publisher) {
        if (smartMeters.isEmpty()) {
            return;
        }
        fleet.fleet().simulatedMeters().stream().filter(meter -> meter.meterId().equals(smartMeters.get(0))).findFirst().ifPresent(meter -> {
            String details = "{\"source\":\"terminal cover switch\"}";
            publisher.publish(new UplinkDocument(meter.controllerId(), DEMO_EVENT_SEQUENCE, Instant.now().toEpochMilli(), List.of(),
                    List.of(new MeterEvent(meter.meterId(), at.toEpochMilli(), EventCode.COVER_OPEN, details),
                            new MeterEvent(meter.meterId(), at.plus(Duration.ofMinutes(30)).toEpochMilli(), EventCode.COVER_OPEN, details))));
            publisher.flush();
            out.println("  the cover of " + meter.meterId() + " (ivanov's meter) opened at " + at + " and 30 min later");
        });
    }

    private List<ModbusMeterSimulator> startModbusMeters(List<AutoCloseable> started) {
        DeviceProfiles profiles = DeviceProfiles.builtIn();
        List<ModbusMeterSimulator> simulators = new ArrayList<>();
        for (String profile : List.of("eastron-sdm630", "carlo-gavazzi-em340")) {
            ModbusMeterSimulator simulator = new ModbusMeterSimulator(profiles.require(profile), 1, 0,
                    MeterBehaviour.typical().withPowerKw(profile.contains("630") ? 7.5 : 1.8)).start();
            started.add(simulator);
            simulators.add(simulator);
        }
        return simulators;
    }

    private static List<PolledDevice> registerModbusMeters(MeterRegistry registry, FleetSimulator fleet, List<ModbusMeterSimulator> simulators)
            throws Exception {
        String organization = fleet.spec().organizationId();
        registry.saveController(MODBUS_GATEWAY, organization, "MODBUS", "demo Modbus gateway");
        List<PolledDevice> devices = new ArrayList<>();
        List<MeterRegistration> registrations = new ArrayList<>();
        for (ModbusMeterSimulator simulator : simulators) {
            String meterId = "MB-" + simulator.profile().id().toUpperCase(java.util.Locale.ROOT);
            registrations.add(new MeterRegistration(new MeterInfo(meterId, organization, fleet.spec().zone(), fleet.spec().schedule(),
                    6, 0, 5), MODBUS_GATEWAY, simulator.profile().model(), meterId));
            devices.add(new PolledDevice(meterId, MODBUS_GATEWAY, "127.0.0.1", simulator.port(), simulator.unitId(),
                    simulator.profile(), Duration.ofSeconds(5)));
        }
        registry.saveMeters(registrations);
        return devices;
    }

    private void printWhereToLook(EmbeddedDatabase postgres, EmbeddedBroker broker, FleetSimulator fleet, List<ModbusMeterSimulator> modbusMeters) {
        out.println();
        out.println("Meterhub demo is running.");
        out.println("  database:  " + postgres.jdbcUrl());
        out.println("             " + postgres.psqlCommand());
        out.println("             try: SELECT meter_id, hour_start, zone, round(kwh::numeric, 3) kwh, final FROM hourly_consumption"
                + " WHERE meter_id = 'M-0001-001' ORDER BY hour_start DESC LIMIT 12;");
        out.println("                  SELECT reason, count(*) FROM quarantine GROUP BY 1;");
        String port = broker.uri().substring(broker.uri().lastIndexOf(':') + 1);
        MqttLogin pipeline = broker.users().pipelineLogin();
        out.println("  broker:    " + broker.uri() + "   users and passwords are made anew for each run; anonymous clients are refused");
        out.println("             watch:   mosquitto_sub -V 5 -p " + port + " -u " + pipeline.user() + " -P '" + pipeline.password()
                + "' -t 'meterhub/v1/+/up' -v");
        if (!fleet.fleet().controllers().isEmpty()) {
            String controller = fleet.fleet().controllers().get(0).controllerId();
            MqttLogin login = broker.users().login(controller);
            out.println("             publish: mosquitto_pub -V 5 -q 1 -p " + port + " -u " + controller + " -P '" + login.password()
                    + "' -t 'meterhub/v1/" + controller + "/up' -m '{\"v\":1,\"readings\":[]}'");
            out.println("             (" + controller + " may publish only to meterhub/v1/" + controller + "/up: any other topic gets PUBACK 0x87)");
        }
        for (ModbusMeterSimulator meter : modbusMeters) {
            out.println("  modbus:    ./meterhub probe --modbus 127.0.0.1:" + meter.port() + " --unit " + meter.unitId()
                    + " --profile " + meter.profile().id());
        }
        out.println(runFor == null ? "Ctrl-C stops it." : "It stops by itself after " + runFor.toSeconds() + " s.");
    }

    private void awaitStop(Database database) throws Exception {
        Thread hook = new Thread(stop::countDown);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            awaitStopOrDeadline(database);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is going down: the hook is what stopped us
            }
        }
    }

    private void awaitStopOrDeadline(Database database) throws Exception {
        long deadline = runFor == null ? Long.MAX_VALUE : System.currentTimeMillis() + runFor.toMillis();
        while (!stop.await(Math.min(10_000, Math.max(1, deadline - System.currentTimeMillis())), TimeUnit.MILLISECONDS)) {
            out.println(Instant.now().truncatedTo(ChronoUnit.SECONDS) + "  " + DemoStatus.read(database.dataSource()));
            if (System.currentTimeMillis() >= deadline) {
                break;
            }
        }
    }
}
