package io.meterhub.stream.consumption;

import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.telemetry.EventCode;
import io.meterhub.protocols.telemetry.MeterEvent;
import io.meterhub.protocols.telemetry.Obis;
import io.meterhub.protocols.telemetry.Reading;
import io.meterhub.storage.telemetry.HourlyConsumption;
import io.meterhub.storage.telemetry.QuarantinedItem;
import io.meterhub.stream.Outputs;
import io.meterhub.stream.validation.MeterDirectory;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

import java.time.Duration;
import java.time.Instant;

/**
 * Turns one cumulative register's readings into hourly consumption, keyed by meter and register.
 *
 * <p>Every reading, whenever it arrives, is placed among its neighbours by event time and every hour
 * the changed intervals touch is recomputed from the readings and emitted whole (an upsert): the
 * open hour is visible at once, late or out-of-order data corrects the hours it touches, and a
 * duplicate changes nothing. When the watermark passes an hour's end the hour is emitted again
 * marked final.
 *
 * <p>Final hours of the import register that were measured, not estimated, also go to the side
 * output {@link Outputs#MEASURED_HOURS} for the consumption detectors: see {@link #isMeasured}.
 */
public class HourlyConsumptionFunction extends KeyedProcessFunction<String, Reading, HourlyConsumption> {
    /**
     * A register silent this long (in event time) is forgotten. Not Flink's state TTL: its
     * incremental cleanup walks the state on every access and cost more than the work itself.
     */
    static final long FORGET_AFTER_MILLIS = Duration.ofDays(35).toMillis();

    /** How many reporting intervals one interval may span for the hours it covers to count as measured. */
    static final int MEASURED_INTERVALS = 2;

    private final MeterDirectory directory;
    private final long horizonMillis;

    private transient ValueState<RegisterSeries> seriesState;
    private transient Counter duplicates;
    private transient Counter tooLate;

    /**
     * @param horizon how far behind a register's newest reading a late reading may still arrive and
     *                be recomputed; older ones are kept raw and quarantined as too late
     */
    public HourlyConsumptionFunction(MeterDirectory directory, Duration horizon) {
        this.directory = directory;
        this.horizonMillis = horizon.toMillis();
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        directory.open();
        ValueStateDescriptor<RegisterSeries> descriptor =
                new ValueStateDescriptor<>("register-series", TypeInformation.of(RegisterSeries.class));
        seriesState = getRuntimeContext().getState(descriptor);
        duplicates = getRuntimeContext().getMetricGroup().counter("duplicateReadings");
        tooLate = getRuntimeContext().getMetricGroup().counter("readingsTooLateToRecompute");
    }

    @Override
    public void close() throws Exception {
        directory.close();
        super.close();
    }

    @Override
    public void processElement(Reading reading, Context context, Collector<HourlyConsumption> out) throws Exception {
        MeterInfo meter = directory.findFresh(reading.meterId());
        if (meter == null) {
            return; // validation upstream quarantines unknown meters; a meter removed meanwhile is dropped here
        }
        RegisterSeries series = seriesState.value();
        if (series == null) {
            series = new RegisterSeries();
        }
        int found = series.find(reading.timestamp());
        if (found >= 0) {
            if (series.values[found] != reading.value()) {
                context.output(Outputs.QUARANTINE, rejected(reading, "a reading of " + reading.obis() + " at "
                        + Instant.ofEpochMilli(reading.timestamp()) + " already arrived with the value " + series.values[found]
                        + "; the first value is kept"));
            } else {
                duplicates.inc();
            }
            return;
        }
        if (series.isTooLate(reading.timestamp())) {
            tooLate.inc();
            context.output(Outputs.QUARANTINE, rejected(reading, "older than the recomputation horizon of "
                    + Duration.ofMillis(horizonMillis).toHours() + " h behind this register's newest reading ("
                    + Instant.ofEpochMilli(series.latest()) + "); kept as a raw reading, hourly consumption not recomputed"));
            return;
        }
        long previousLatestHour = series.size == 0 ? Long.MIN_VALUE : Hours.floor(series.latest());
        int index = series.insert(-found - 1, reading.timestamp(), reading.value());
        double capacity = meter.registerCapacity();
        if (index > 0) {
            reportStep(series, index, capacity, reading, context);
        }
        if (index + 1 < series.size) {
            reportStep(series, index + 1, capacity, reading, context);
        }
        if (series.size > 1) {
            long firstHour = Hours.floor(series.timestamps[Math.max(0, index - 1)]);
            long lastTs = series.timestamps[Math.min(series.size - 1, index + 1)];
            long lastHour = Hours.floor(lastTs == Hours.floor(lastTs) && lastTs > firstHour ? lastTs - 1 : lastTs);
            long watermark = context.timerService().currentWatermark();
            for (long hour = Math.max(firstHour, series.horizonStart); hour <= lastHour; hour += Hours.HOUR) {
                boolean fin = hour + Hours.HOUR <= watermark;
                HourlyConsumption row = new HourlyConsumption(reading.meterId(), reading.obis(), hour,
                        series.energyIn(hour, capacity, zoneHours(meter, reading.obis())), zone(meter, reading.obis(), hour), fin);
                out.collect(row);
                if (fin && isMeasured(series, row, meter)) {
                    context.output(Outputs.MEASURED_HOURS, row);
                }
                // One timer per hour and key: in-order readings register it once, at the hour's first one.
                if (!fin && (hour > previousLatestHour || index + 1 < series.size || series.size == 2)) {
                    context.timerService().registerEventTimeTimer(hour + Hours.HOUR);
                }
            }
        }
        series.prune(horizonMillis, context.timerService().currentWatermark());
        seriesState.update(series);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<HourlyConsumption> out) throws Exception {
        RegisterSeries series = seriesState.value();
        if (timestamp % Hours.HOUR != 0) {
            // a forget timer (hour ends are whole hours; forget timers are one millisecond past)
            if (series != null && series.latest() + FORGET_AFTER_MILLIS < timestamp) {
                seriesState.clear();
            }
            return;
        }
        if (series != null) {
            context.timerService().registerEventTimeTimer(Hours.floor(series.latest()) + FORGET_AFTER_MILLIS + 1);
        }
        String[] key = context.getCurrentKey().split("\\|", 2);
        MeterInfo meter = directory.find(key[0]);
        if (series == null || meter == null || series.size < 2) {
            return;
        }
        long hour = timestamp - Hours.HOUR;
        if (hour < series.horizonStart) {
            return;
        }
        HourlyConsumption row = new HourlyConsumption(key[0], key[1], hour, series.energyIn(hour, meter.registerCapacity(),
                zoneHours(meter, key[1])), zone(meter, key[1], hour), true);
        out.collect(row);
        if (isMeasured(series, row, meter)) {
            context.output(Outputs.MEASURED_HOURS, row);
        }
    }

    /**
     * An hour of the import register is measured when readings bracket it and none of the
     * intervals it overlaps is longer than {@link #MEASURED_INTERVALS} of the meter's reporting
     * interval (one reading may be missing: a late document, a lost one). Otherwise its value is
     * an estimate: the energy of a long silence spread evenly over it (the evening's consumption
     * lands in the night), or what the readings so far show of an hour the meter has not reported
     * to the end (a meter gone silent looks like a meter at zero). Detectors that judge hours
     * against a baseline must not judge estimates: the silence itself is the data gap's to report.
     */
    static boolean isMeasured(RegisterSeries series, HourlyConsumption row, MeterInfo meter) {
        return Obis.ENERGY_IMPORT_TOTAL.equals(row.obis())
                && series.longestIntervalAround(row.hourStart()) <= MEASURED_INTERVALS * meter.intervalSeconds() * 1000L;
    }

    /**
     * Reports a drop (reset or rollover) that ends at {@code index}, once per real drop whatever the
     * arrival order: a late reading inside an interval where a drop was found moves the drop, and
     * the drop keeps the event it already has (see {@link RegisterSeries#isReportedDrop}).
     */
    private static void reportStep(RegisterSeries series, int index, double capacity, Reading reading, Context context) {
        RegisterStep step = series.step(index, capacity);
        if (step.kind() == RegisterStep.Kind.NORMAL || series.isReportedDrop(index, capacity)) {
            return;
        }
        series.recordReportedDrop(series.timestamps[index]);
        EventCode code = step.kind() == RegisterStep.Kind.RESET ? EventCode.COUNTER_RESET : EventCode.REGISTER_ROLLOVER;
        String details = "{\"obis\":\"" + reading.obis() + "\",\"previous\":" + series.values[index - 1]
                + ",\"next\":" + series.values[index] + ",\"counted_kwh\":" + step.energy() + "}";
        context.output(Outputs.EVENTS, new MeterEvent(reading.meterId(), series.timestamps[index], code, details));
    }

    /** A tariff register grows only in its zone's hours of the organization's schedule. */
    static ZoneHours zoneHours(MeterInfo meter, String obis) {
        int tariff = Obis.tariff(obis);
        if (tariff == 0) {
            return ZoneHours.ALWAYS;
        }
        return hourStart -> scheduleZone(meter, hourStart) == tariff;
    }

    private static int scheduleZone(MeterInfo meter, long hourStart) {
        Instant instant = Instant.ofEpochMilli(hourStart);
        int localHour = (int) Math.floorMod((hourStart / 1000 + meter.timeZone().getRules().getOffset(instant).getTotalSeconds()) / 3600, 24);
        return meter.zoneSchedule().zoneAt(localHour);
    }

    /** The register's own tariff number, or the organization's zone for that local hour. */
    static int zone(MeterInfo meter, String obis, long hourStart) {
        int tariff = Obis.tariff(obis);
        if (tariff > 0) {
            return tariff;
        }
        return scheduleZone(meter, hourStart);
    }

    private static QuarantinedItem rejected(Reading reading, String reason) {
        String item = "{\"meter\":\"" + reading.meterId() + "\",\"ts\":\"" + Instant.ofEpochMilli(reading.timestamp())
                + "\",\"obis\":\"" + reading.obis() + "\",\"value\":" + reading.value() + "}";
        return QuarantinedItem.of("pipeline", System.currentTimeMillis(), "", reason, item, item);
    }
}
