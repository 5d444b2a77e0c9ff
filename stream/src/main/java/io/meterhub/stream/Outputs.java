package io.meterhub.stream;

import io.meterhub.protocols.telemetry.MeterEvent;
import io.meterhub.storage.telemetry.QuarantinedItem;
import org.apache.flink.util.OutputTag;

/** The side outputs every operator of the pipeline shares. */
public final class Outputs {
    public static final OutputTag<MeterEvent> EVENTS = new OutputTag<>("events") { };
    public static final OutputTag<QuarantinedItem> QUARANTINE = new OutputTag<>("quarantine") { };

    private Outputs() {
    }
}
