package io.meterhub.stream;

import io.meterhub.protocols.telemetry.IntervalEnergy;
import io.meterhub.protocols.telemetry.MeterEvent;
import io.meterhub.storage.telemetry.HeldReading;
import io.meterhub.storage.telemetry.HourlyConsumption;
import io.meterhub.storage.telemetry.QuarantinedItem;
import org.apache.flink.util.OutputTag;

/** The side outputs every operator of the pipeline shares. */
public final class Outputs {
    public static final OutputTag<MeterEvent> EVENTS = new OutputTag<>("events") { };
    public static final OutputTag<QuarantinedItem> QUARANTINE = new OutputTag<>("quarantine") { };
    /** Samples and events of meters not registered yet, to wait for their registration. */
    /** Interval energy of registered meters, validated like readings: consumption of its interval itself. */
    public static final OutputTag<IntervalEnergy> INTERVALS = new OutputTag<>("intervals") { };
    public static final OutputTag<HeldReading> HELD = new OutputTag<>("held") { };
    /**
     * Final hours of the import register that were measured rather than estimated: what the
     * consumption detectors judge (see {@code HourlyConsumptionFunction#isMeasured}).
     */
    public static final OutputTag<HourlyConsumption> MEASURED_HOURS = new OutputTag<>("measured-hours") { };

    private Outputs() {
    }
}
