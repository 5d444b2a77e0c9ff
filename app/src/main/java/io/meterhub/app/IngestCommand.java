package io.meterhub.app;

import io.meterhub.ingest.mqtt.MqttLogin;
import io.meterhub.ingest.mqtt.MqttUplinkPublisher;
import io.meterhub.ingest.modbus.ModbusPoller;
import io.meterhub.ingest.modbus.ModbusPollerConfig;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "ingest", description = "Run an ingest adapter.", subcommands = IngestCommand.Modbus.class)
final class IngestCommand implements Runnable {

    @Override
    public void run() {
        System.out.println("usage: meterhub ingest modbus   (see meterhub ingest modbus --help)");
    }

    @Command(name = "modbus", mixinStandardHelpOptions = true, description = {
            "Poll Modbus TCP meters and publish their readings to the broker as an MQTT gateway.",
            "MH_MODBUS_DEVICES=meterId@host:port/unit/profile[/intervalMs],...  MH_MQTT_URI=ssl://host:8883",
            "MH_MQTT_USER (the gateway's controller id, MH_MODBUS_CONTROLLER), MH_MQTT_PASSWORD, MH_MQTT_CA_FILE"})
    static final class Modbus implements Callable<Integer> {
        @Override
        public Integer call() throws InterruptedException {
            ModbusPollerConfig config = ModbusPollerConfig.fromEnv();
            String broker = System.getenv().getOrDefault("MH_MQTT_URI", "tcp://127.0.0.1:1883");
            MqttLogin login = MqttLogin.fromEnvironment(System.getenv());
            String controller = System.getenv().getOrDefault(ModbusPollerConfig.CONTROLLER, "modbus-gateway");
            if (login.user() != null && !login.user().equals(controller)) {
                throw new IllegalArgumentException("MH_MQTT_USER \"" + login.user() + "\" must be the gateway's controller id "
                        + ModbusPollerConfig.CONTROLLER + " \"" + controller + "\": the broker lets a controller publish only to"
                        + " meterhub/v1/<its user name>/up");
            }
            try (MqttUplinkPublisher publisher = new MqttUplinkPublisher(broker, "meterhub-modbus-gateway-" + ProcessHandle.current().pid(), login);
                 ModbusPoller poller = new ModbusPoller(config, publisher::publish).start()) {
                System.out.println("polling " + config.devices().size() + " Modbus device(s), publishing to " + broker + "; Ctrl-C stops");
                UntilStopped.await();
            }
            return 0;
        }
    }
}
