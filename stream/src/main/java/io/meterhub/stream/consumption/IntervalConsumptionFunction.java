package io.meterhub.stream.consumption;

import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.telemetry.IntervalEnergy;
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
 * Turns one register's interval energy into hourly consumption, keyed by meter and register.
 *
 * <p>An interval is consumption of its own time, not a register value: the hour's consumption is
 * the sum of the intervals that lie in it, and an interval that crosses an hour boundary is split
 * by time. Intervals are kept by start, so a repeat, or a correction with the same start, replaces
 * the one before and never adds to it; every hour it touches (the old span and the new) is
 * recomputed and emitted whole (an upsert), whenever it arrives. An hour is final once intervals
 * cover it whole. An interval that overlaps another one of the register with a different start
 * would count energy twice: it is quarantined.
 */
public class IntervalConsumptionFunction extends KeyedProcessFunction<String, IntervalEnergy, HourlyConsumption> {
    private static final long MICROS_PER_KWH = 1_000_000L;
    /**
     * Interval files come a day at a time and their corrections a day or two later: their registers
     * keep at least this much (48 intervals a day, 24 bytes each, about 3.5 kB per register).
     */
    static final Duration MIN_HORIZON = Duration.ofDays(3);
    private final MeterDirectory directory;
    private final long horizonMillis;

    private transient ValueState<IntervalSeries> seriesState;
    private transient Counter repeats;

    /** @param horizon how far behind a register's newest interval a late one may still arrive and be recomputed (at least {@link #MIN_HORIZON}) */
    public IntervalConsumptionFunction(MeterDirectory directory, Duration horizon) {
        this.directory = directory;
        this.horizonMillis = horizon(horizon).toMillis();
    }

    /** The horizon of interval registers: the readings' one, and at least {@link #MIN_HORIZON}. */
    public static Duration horizon(Duration readingsHorizon) {
        return readingsHorizon.compareTo(MIN_HORIZON) > 0 ? readingsHorizon : MIN_HORIZON;
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        directory.open();
        seriesState = getRuntimeContext().getState(new ValueStateDescriptor<>("interval-series", TypeInformation.of(IntervalSeries.class)));
        repeats = getRuntimeContext().getMetricGroup().counter("repeatedIntervals");
    }

    @Override
    public void close() throws Exception {
        directory.close();
        super.close();
    }

    @Override
    public void processElement(IntervalEnergy interval, Context context, Collector<HourlyConsumption> out) throws Exception {
        MeterInfo meter = directory.findFresh(interval.meterId());
        if (meter == null) {
            return; // validation upstream quarantines unknown meters; a meter removed meanwhile is dropped here
        }
        IntervalSeries series = seriesState.value();
        if (series == null) {
            series = new IntervalSeries();
        }
        if (series.isTooLate(interval.start())) {
            context.output(Outputs.QUARANTINE, rejected(interval, "older than the recomputation horizon of "
                    + Duration.ofMillis(horizonMillis).toHours() + " h behind this register's newest interval (ending "
                    + Instant.ofEpochMilli(series.latestEnd()) + "); kept as a raw interval, hourly consumption not recomputed"));
            return;
        }
        long micro = interval.energy().movePointRight(6).longValueExact();
        int same = series.find(interval.start());
        if (same >= 0 && series.ends[same] == interval.end() && series.micros[same] == micro) {
            repeats.inc();
            return;
        }
        int clash = series.overlapping(interval.start(), interval.end(), same);
        if (clash >= 0) {
            context.output(Outputs.QUARANTINE, rejected(interval, "overlaps the interval " + Instant.ofEpochMilli(series.starts[clash])
                    + " to " + Instant.ofEpochMilli(series.ends[clash]) + " of this register already received; a correction"
                    + " must start where the interval it replaces starts"));
            return;
        }
        long from = interval.start();
        long to = interval.end();
        if (same >= 0) {
            to = Math.max(to, series.ends[same]); // a corrected end: the hours the old interval covered change too
        }
        series.put(interval.start(), interval.end(), micro);
        for (long hour = Hours.floor(from); hour < to; hour += Hours.HOUR) {
            out.collect(new HourlyConsumption(interval.meterId(), interval.obis(), hour, (double) series.microsIn(hour) / MICROS_PER_KWH,
                    HourlyConsumptionFunction.zone(meter, interval.obis(), hour), series.coveredIn(hour) >= Hours.HOUR));
        }
        series.prune(horizonMillis);
        seriesState.update(series);
    }

    private static QuarantinedItem rejected(IntervalEnergy interval, String reason) {
        String item = interval.toJson();
        return QuarantinedItem.of("pipeline", System.currentTimeMillis(), "", reason, item, item);
    }
}
