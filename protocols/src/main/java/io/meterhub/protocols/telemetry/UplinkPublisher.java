package io.meterhub.protocols.telemetry;

/**
 * Sends controllers' uplinks to the broker. The MQTT client implements it in ingest; the simulators in
 * devices publish through it without knowing the client, so devices does not depend on ingest.
 */
public interface UplinkPublisher extends AutoCloseable {

    /** Sends bytes as they are, as the named controller: simulators use it to send malformed documents on purpose. */
    void publishRaw(String controllerId, byte[] payload);

    /** Waits until the broker has acknowledged everything published so far. */
    void flush();

    default void publish(UplinkDocument document) {
        publishRaw(document.controllerId(), new TelemetryCodec().encode(document));
    }

    @Override
    void close();
}
