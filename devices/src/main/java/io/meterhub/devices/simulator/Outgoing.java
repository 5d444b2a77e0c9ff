package io.meterhub.devices.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A payload ready for {@code UplinkPublisher.publishRaw(controllerId, payload)}. */
public record Outgoing(String controllerId, byte[] payload) {

    // Records compare arrays by reference; two sends of the same document must compare equal.
    @Override
    public boolean equals(Object other) {
        return other instanceof Outgoing that && controllerId.equals(that.controllerId) && Arrays.equals(payload, that.payload);
    }

    @Override
    public int hashCode() {
        return 31 * controllerId.hashCode() + Arrays.hashCode(payload);
    }

    public String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "Outgoing[" + controllerId + ", " + payload.length + " bytes]";
    }
}
