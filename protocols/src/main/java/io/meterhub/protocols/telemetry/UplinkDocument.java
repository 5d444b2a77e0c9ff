package io.meterhub.protocols.telemetry;

import java.util.List;
import java.util.Map;

/**
 * A controller's message in the v1 contract, as a sender builds it: many meters, many readings.
 *
 * @param controllerId the sending controller (informational; the topic is authoritative)
 * @param sequence     the controller's message counter, so that two sends of the same data differ
 * @param sentAt       epoch milliseconds
 */
public record UplinkDocument(String controllerId, long sequence, long sentAt,
                             List<Sample> samples, List<MeterEvent> events, List<IntervalEnergy> intervals) {

    /** A document without interval energy. */
    public UplinkDocument(String controllerId, long sequence, long sentAt, List<Sample> samples, List<MeterEvent> events) {
        this(controllerId, sequence, sentAt, samples, events, List.of());
    }

    /**
     * All registers of one meter read at one moment.
     *
     * @param values register to value; a register that could not be read goes to {@code errors}
     */
    public record Sample(String meterId, long timestamp, Map<String, Double> values, Map<String, String> errors) {
        public Sample(String meterId, long timestamp, Map<String, Double> values) {
            this(meterId, timestamp, values, Map.of());
        }
    }
}
