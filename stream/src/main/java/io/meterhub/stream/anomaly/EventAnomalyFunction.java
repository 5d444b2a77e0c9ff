package io.meterhub.stream.anomaly;

import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.telemetry.EventCode;
import io.meterhub.protocols.telemetry.MeterEvent;
import io.meterhub.stream.validation.MeterDirectory;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Hosts the {@link TamperEventDetector} over a meter's events, keyed by meter id. Events are held
 * per moment until the watermark passes it, then judged in event-time order (a RELAY_ON must come
 * after its RELAY_OFF); an event behind the watermark is judged at once (tamper must not be lost).
 */
public class EventAnomalyFunction extends KeyedProcessFunction<String, MeterEvent, Anomaly> {
    private final MeterDirectory directory;

    private transient MapState<Long, PendingEvents> pendingState;
    private transient ValueState<TamperEventDetector> detectorState;

    public EventAnomalyFunction(MeterDirectory directory) {
        this.directory = directory;
    }

    /** The events this function judges; the rest may be filtered out before it. */
    public static boolean isJudged(MeterEvent event) {
        return TamperEventDetector.handles(event.code());
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        directory.open();
        pendingState = getRuntimeContext().getMapState(new MapStateDescriptor<>("anomaly-pending-events", Types.LONG,
                TypeInformation.of(PendingEvents.class)));
        detectorState = getRuntimeContext().getState(
                new ValueStateDescriptor<>("tamper-detector", TypeInformation.of(TamperEventDetector.class)));
    }

    @Override
    public void close() throws Exception {
        directory.close();
        super.close();
    }

    @Override
    public void processElement(MeterEvent event, Context context, Collector<Anomaly> out) throws Exception {
        if (!isJudged(event)) {
            return;
        }
        MeterInfo meter = directory.findFresh(event.meterId());
        if (meter == null) {
            return;
        }
        long ts = event.timestamp();
        if (ts <= context.timerService().currentWatermark()) {
            TamperEventDetector detector = detector();
            detector.onEvent(event.meterId(), meter.organizationId(), ts, event.code(), event.details(), out::collect);
            detectorState.update(detector);
            return;
        }
        PendingEvents pending = pendingState.get(ts);
        if (pending == null) {
            pending = new PendingEvents();
            context.timerService().registerEventTimeTimer(ts);
        }
        pending.add(event.code().name(), event.details());
        pendingState.put(ts, pending);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<Anomaly> out) throws Exception {
        List<Long> due = new ArrayList<>();
        for (Long ts : pendingState.keys()) {
            if (ts <= timestamp) {
                due.add(ts);
            }
        }
        Collections.sort(due);
        MeterInfo meter = directory.find(context.getCurrentKey());
        TamperEventDetector detector = detector();
        for (Long ts : due) {
            PendingEvents events = pendingState.get(ts);
            pendingState.remove(ts);
            if (meter == null) {
                continue;
            }
            for (int i = 0; i < events.size; i++) {
                detector.onEvent(context.getCurrentKey(), meter.organizationId(), ts, EventCode.valueOf(events.codes[i]),
                        events.details[i], out::collect);
            }
        }
        detectorState.update(detector);
    }

    private TamperEventDetector detector() throws Exception {
        TamperEventDetector detector = detectorState.value();
        return detector == null ? new TamperEventDetector() : detector;
    }
}
