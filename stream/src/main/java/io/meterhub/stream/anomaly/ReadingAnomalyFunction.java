package io.meterhub.stream.anomaly;

import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.telemetry.Reading;
import io.meterhub.stream.validation.MeterDirectory;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hosts the reading detectors of one meter, keyed by meter id: {@link DataGapDetector} (every
 * reading), {@link RegisterJumpDetector} (1.8.0), {@link ReverseEnergyDetector} (2.8.0) and
 * {@link VoltageDetector} (phase voltages).
 *
 * <p>The detectors run {@code lateness} behind event time (the pipeline passes the recomputation
 * horizon, {@code MH_RECOMPUTE_HORIZON_H}): readings are held per moment in MapState until the
 * watermark is that far past it (an event-time timer at the moment plus the lateness), then fed
 * to the detectors in event-time order. So a late document (a controller uploading its backlog,
 * a shuffled delivery) takes its place before anything is judged: it fills what would otherwise
 * be a data gap, and a short voltage excursion keeps every sample. A gap is reported only when
 * no reading came within the lateness the pipeline allows anyway. A reading later than that is
 * not judged (counted in {@code anomalyReadingsTooLate}) and cannot undo a gap already reported:
 * by then the hours were final without it as well. The price is latency: these anomalies appear
 * the lateness after the fact (tamper events, judged elsewhere, do not wait). At the end of a
 * bounded input (watermark {@code Long.MAX_VALUE}) no gap is opened: the end of the data is not a
 * silent meter.
 */
public class ReadingAnomalyFunction extends KeyedProcessFunction<String, Reading, Anomaly> {
    private final MeterDirectory directory;
    private final AnomalySettings settings;
    private final long latenessMillis;

    private transient MapState<Long, PendingReadings> pendingState;
    private transient ValueState<ReadingDetectors> detectorState;
    private transient Counter tooLate;

    /** Judges each moment as soon as the watermark passes it: for inputs that are never late. */
    public ReadingAnomalyFunction(MeterDirectory directory, AnomalySettings settings) {
        this(directory, settings, Duration.ZERO);
    }

    /** @param lateness how long after the watermark passes a moment a late reading still takes its place there */
    public ReadingAnomalyFunction(MeterDirectory directory, AnomalySettings settings, Duration lateness) {
        if (lateness.isNegative()) {
            throw new IllegalArgumentException("the lateness cannot be negative, got " + lateness);
        }
        this.directory = directory;
        this.settings = settings;
        this.latenessMillis = lateness.toMillis();
    }

    /** The registers whose values the detectors use; readings of other registers only prove the meter is alive. */
    public static boolean isJudged(String obis) {
        return RegisterJumpDetector.REGISTER.equals(obis) || ReverseEnergyDetector.REGISTER.equals(obis)
                || VoltageDetector.isVoltage(obis);
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        directory.open();
        settings.open();
        pendingState = getRuntimeContext().getMapState(new MapStateDescriptor<>("anomaly-pending-readings", Types.LONG,
                TypeInformation.of(PendingReadings.class)));
        detectorState = getRuntimeContext().getState(
                new ValueStateDescriptor<>("reading-detectors", TypeInformation.of(ReadingDetectors.class)));
        tooLate = getRuntimeContext().getMetricGroup().counter("anomalyReadingsTooLate");
    }

    @Override
    public void close() throws Exception {
        directory.close();
        super.close();
    }

    @Override
    public void processElement(Reading reading, Context context, Collector<Anomaly> out) throws Exception {
        if (directory.findFresh(reading.meterId()) == null) {
            return;
        }
        long ts = reading.timestamp();
        long watermark = context.timerService().currentWatermark();
        boolean inTime = watermark == Long.MIN_VALUE || ts > watermark - latenessMillis; // MIN - lateness would wrap
        if (!inTime) {
            tooLate.inc();
            return;
        }
        PendingReadings pending = pendingState.get(ts);
        boolean fresh = pending == null;
        if (fresh) {
            pending = new PendingReadings();
        }
        int before = pending.size;
        if (isJudged(reading.obis())) {
            pending.add(reading.obis(), reading.value());
        }
        if (fresh || pending.size != before) {
            pendingState.put(ts, pending);
        }
        if (fresh) {
            context.timerService().registerEventTimeTimer(ts + latenessMillis);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<Anomaly> out) throws Exception {
        String meterId = context.getCurrentKey();
        MeterInfo meter = directory.find(meterId);
        long clock = timestamp - latenessMillis;
        List<Long> due = dueKeys(pendingState.keys(), clock);
        if (meter == null) {
            for (Long ts : due) {
                pendingState.remove(ts);
            }
            return;
        }
        AnomalyThresholds t = settings.thresholds(meter.organizationId());
        String org = meter.organizationId();
        long allowed = DataGapDetector.allowedSilence(meter.intervalSeconds(), t);
        ReadingDetectors detectors = detectorState.value();
        if (detectors == null) {
            detectors = new ReadingDetectors();
        }
        boolean generation = settings.hasGeneration(meterId);
        Consumer<Anomaly> emit = out::collect;
        for (Long ts : due) {
            PendingReadings readings = pendingState.get(ts);
            pendingState.remove(ts);
            schedule(detectors, detectors.gap.onReading(meterId, org, ts, allowed, emit), context);
            String[] voltageRegisters = new String[readings.size];
            double[] volts = new double[readings.size];
            int voltages = 0;
            for (int i = 0; i < readings.size; i++) {
                String register = readings.registers[i];
                double value = readings.values[i];
                if (RegisterJumpDetector.REGISTER.equals(register)) {
                    detectors.jump.onImport(meterId, org, ts, value, meter.registerCapacity(), t, emit);
                } else if (ReverseEnergyDetector.REGISTER.equals(register)) {
                    detectors.reverse.onExport(meterId, org, ts, value, meter.registerCapacity(), generation, t, emit);
                } else if (VoltageDetector.isVoltage(register)) {
                    voltageRegisters[voltages] = register;
                    volts[voltages++] = value;
                }
            }
            detectors.voltage.onSample(meterId, org, ts, voltageRegisters, volts, voltages, t, emit);
        }
        if (context.timerService().currentWatermark() != Long.MAX_VALUE) {
            schedule(detectors, detectors.gap.onTime(meterId, org, clock, allowed, emit), context);
        }
        detectorState.update(detectors);
    }

    private static List<Long> dueKeys(Iterable<Long> keys, long upTo) {
        List<Long> due = new ArrayList<>();
        for (Long ts : keys) {
            if (ts <= upTo) {
                due.add(ts);
            }
        }
        Collections.sort(due);
        return due;
    }

    /** Keeps one gap check timer per meter, the newest: {@code next} is on the detectors' clock, the timer the lateness later. */
    private void schedule(ReadingDetectors detectors, long next, OnTimerContext context) throws Exception {
        if (next == EpisodeTracker.NONE) {
            return;
        }
        long timer = next + latenessMillis;
        if (timer == detectors.gapTimer) {
            return;
        }
        long old = detectors.gapTimer;
        if (old != EpisodeTracker.NONE && old > context.timestamp() && !pendingState.contains(old - latenessMillis)) {
            context.timerService().deleteEventTimeTimer(old);
        }
        context.timerService().registerEventTimeTimer(timer);
        detectors.gapTimer = timer;
    }
}
