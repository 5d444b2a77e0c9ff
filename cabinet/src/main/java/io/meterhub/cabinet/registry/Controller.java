package io.meterhub.cabinet.registry;

import java.time.Instant;

/**
 * A registered controller. The Modbus fields are null for an MQTT controller.
 *
 * @param credentialsIssuedAt  when its broker password was first issued; null while it has none
 * @param credentialsRotatedAt when the password was last replaced; null if never
 * @param meters               meters in service that report through it
 */
public record Controller(String id, ControllerProtocol protocol, String description, String modbusHost, Integer modbusPort, Integer modbusUnitId,
                         String modbusProfile, Integer pollIntervalSeconds, Instant credentialsIssuedAt, Instant credentialsRotatedAt,
                         int meters) {
    public boolean hasCredentials() {
        return credentialsIssuedAt != null;
    }
}
