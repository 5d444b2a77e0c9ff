package io.meterhub.cabinet.registry;

/**
 * The form that registers a controller; the Modbus fields are read for a Modbus controller only.
 *
 * @param id the broker user name and the topic level {@code meterhub/v1/<id>/up}
 */
public record NewController(String id, ControllerProtocol protocol, String description, String modbusHost, Integer modbusPort,
                            Integer modbusUnitId, String modbusProfile, Integer pollIntervalSeconds) {
    public static NewController mqtt(String id, String description) {
        return new NewController(id, ControllerProtocol.MQTT, description, null, null, null, null, null);
    }

    public static NewController modbus(String id, String description, String host, Integer port, Integer unitId, String profile,
                                       Integer pollIntervalSeconds) {
        return new NewController(id, ControllerProtocol.MODBUS, description, host, port, unitId, profile, pollIntervalSeconds);
    }
}
