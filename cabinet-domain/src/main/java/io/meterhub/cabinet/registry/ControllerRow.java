package io.meterhub.cabinet.registry;

import java.time.Instant;

/**
 * A controller as the registry keeps it. The Modbus fields are null for an MQTT controller; the
 * password hash never leaves storage in a row: {@code credentialsIssuedAt} says whether there is one.
 */
public record ControllerRow(String id, String organizationId, String protocol, String description, String modbusHost, Integer modbusPort,
                            Integer modbusUnitId, String modbusProfile, Integer pollIntervalSeconds, Instant credentialsIssuedAt,
                            Instant credentialsRotatedAt, int meters) {
}
