package io.meterhub.protocols.telemetry;

/**
 * Sends controllers' uplinks to the broker: over one connection, or over one per controller. The MQTT clients
 * implement it in ingest; the simulators in devices publish through it without knowing them, so devices does
 * not depend on ingest.
 */
public interface UplinkPublisher extends AutoCloseable {

    /** Sends bytes as they are, as the named controller: simulators use it to send malformed documents on purpose. */
    void publishRaw(String controllerId, byte[] payload);

    /** Waits until the broker has acknowledged everything published so far; fails if it refused any of it. */
    void flush();

    default void publish(UplinkDocument document) {
        publishRaw(document.controllerId(), new TelemetryCodec().encode(document));
    }

    @Override
    void close();
}
