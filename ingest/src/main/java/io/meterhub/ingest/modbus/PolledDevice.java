package io.meterhub.ingest.modbus;

import io.meterhub.protocols.modbus.DeviceProfile;

import java.time.Duration;
import java.util.Objects;

/**
 * A meter the gateway polls.
 *
 * @param controllerId the controller its documents are published for (the gateway's id)
 * @param interval     time between two polls of this device
 */
public record PolledDevice(String meterId, String controllerId, String host, int port, int unitId,
                           DeviceProfile profile, Duration interval) {
    public PolledDevice {
        if (meterId == null || meterId.isBlank()) {
            throw new IllegalArgumentException("polled device: meter id is missing");
        }
        if (controllerId == null || controllerId.isBlank()) {
            throw new IllegalArgumentException("polled device " + meterId + ": controller id is missing");
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("polled device " + meterId + ": host is missing");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("polled device " + meterId + ": port " + port + " is outside 1..65535");
        }
        if (unitId < 0 || unitId > 255) {
            throw new IllegalArgumentException("polled device " + meterId + ": unit id " + unitId + " is outside 0..255");
        }
        Objects.requireNonNull(profile, () -> "polled device " + meterId + ": profile is missing");
        if (interval == null || interval.toMillis() < 10) {
            throw new IllegalArgumentException("polled device " + meterId + ": interval " + interval + " must be at least 10 ms");
        }
    }

    public String address() {
        return host + ":" + port + " unit " + unitId;
    }
}
