package io.meterhub.protocols.telemetry;

import java.util.List;

/** What a controller's document yielded: everything valid, and each rejected item with its reason. */
public record DecodedUplink(List<Reading> readings, List<MeterEvent> events, List<IntervalEnergy> intervals, List<Rejection> rejections) {

    /** A document without interval energy. */
    public DecodedUplink(List<Reading> readings, List<MeterEvent> events, List<Rejection> rejections) {
        this(readings, events, List.of(), rejections);
    }
}
