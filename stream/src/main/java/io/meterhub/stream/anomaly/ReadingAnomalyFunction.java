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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hosts the reading detectors of one meter, keyed by meter id: {@link DataGapDetector} (every
 * reading), {@link RegisterJumpDetector} (1.8.0), {@link ReverseEnergyDetector} (2.8.0) and
 * {@link VoltageDetector} (phase voltages).
 *
 * <p>Readings are held per moment in MapState until the watermark passes it (an event-time timer
 * at the reading's timestamp), then fed to the detectors in event-time order. A reading that
 * arrives behind the watermark is not judged (counted in {@code anomalyReadingsTooLate}); its
 * consumption is still corrected by the hourly function. The gap check is an event-time timer at
 * the last reading plus the allowed silence; at the end of a bounded input (watermark
 * {@code Long.MAX_VALUE}) no gap is opened: the end of the data is not a silent meter.
 */
public class ReadingAnomalyFunction extends KeyedProcessFunction<String, Reading, Anomaly> {
    private final MeterDirectory directory;
    private final AnomalySettings settings;

    private transient MapState<Long, PendingReadings> pendingState;
    private transient ValueState<ReadingDetectors> detectorState;
    private transient Counter tooLate;

    public ReadingAnomalyFunction(MeterDirectory directory, AnomalySettings settings) {
        this.directory = directory;
        this.settings = settings;
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
    public void processElement(Reading reading, Context context, Collector<Anomaly> out) throws Exception {
        if (directory.find(reading.meterId()) == null) {
            return;
        }
        long ts = reading.timestamp();
        if (ts <= context.timerService().currentWatermark()) {
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
            context.timerService().registerEventTimeTimer(ts);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<Anomaly> out) throws Exception {
        String meterId = context.getCurrentKey();
        MeterInfo meter = directory.find(meterId);
        List<Long> due = new ArrayList<>();
        for (Long ts : pendingState.keys()) {
            if (ts <= timestamp) {
                due.add(ts);
            }
        }
        Collections.sort(due);
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
            schedule(detectors, detectors.gap.onTime(meterId, org, timestamp, allowed, emit), context);
        }
        detectorState.update(detectors);
    }

    /** Keeps one gap check timer per meter: the newest. */
    private void schedule(ReadingDetectors detectors, long next, OnTimerContext context) throws Exception {
        if (next == EpisodeTracker.NONE || next == detectors.gapTimer) {
            return;
        }
        if (detectors.gapTimer != EpisodeTracker.NONE && detectors.gapTimer > context.timestamp()
                && !pendingState.contains(detectors.gapTimer)) {
            context.timerService().deleteEventTimeTimer(detectors.gapTimer);
        }
        context.timerService().registerEventTimeTimer(next);
        detectors.gapTimer = next;
    }
}
