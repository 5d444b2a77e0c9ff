package io.meterhub.stream;

import io.meterhub.ingest.mqtt.InboundUplink;
import io.meterhub.protocols.telemetry.IntervalEnergy;
import io.meterhub.protocols.telemetry.MeterEvent;
import io.meterhub.protocols.telemetry.Obis;
import io.meterhub.protocols.telemetry.Reading;
import io.meterhub.storage.telemetry.HeldReading;
import io.meterhub.storage.telemetry.HourlyConsumption;
import io.meterhub.storage.telemetry.QuarantinedItem;
import io.meterhub.stream.anomaly.Anomaly;
import io.meterhub.stream.anomaly.AnomalySettings;
import io.meterhub.stream.anomaly.ConsumptionAnomalyFunction;
import io.meterhub.stream.anomaly.EventAnomalyFunction;
import io.meterhub.stream.anomaly.ReadingAnomalyFunction;
import io.meterhub.stream.consumption.HourlyConsumptionFunction;
import io.meterhub.stream.consumption.IntervalConsumptionFunction;
import io.meterhub.stream.validation.DecodeAndValidate;
import io.meterhub.stream.validation.MeterDirectory;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.time.Duration;

/**
 * The telemetry job: uplinks in; raw readings, hourly consumption, events and quarantine out.
 * Shaped like the Flink training exercises: sources and sinks come in through the constructor, so
 * tests run the very same graph on other inputs and outputs.
 *
 * <pre>
 * uplinks ─┬▶ decode+validate ─┬─▶ raw readings
 * replays ─┘ (held items of     ├─▶ held (meter not registered yet) ─▶ replayed on its registration
 *   meters registered since)   ├─▶ (energy registers) keyBy meter|register ─▶ hourly consumption ─▶ hours
 *                             ├─▶ intervals ─▶ raw intervals; keyBy meter|register ─▶ interval consumption ─▶ hours
 *                             ├─▶ events ◀─────────── resets, rollovers ◀─┤
 *                             └─▶ quarantine ◀─────── conflicts, too late ◀┘
 * readings, measured final hours, events ─▶ keyBy meter ─▶ anomaly detectors ─▶ anomalies (upserted episodes)
 * </pre>
 */
public final class MeterhubPipeline {
    private final Source<InboundUplink, ?, ?> uplinks;
    private final Sink<Reading> rawReadings;
    private final Sink<HourlyConsumption> hours;
    private final Sink<IntervalEnergy> intervals;
    private final Sink<MeterEvent> events;
    private final Sink<QuarantinedItem> quarantine;
    private final Sink<Anomaly> anomalies;
    private final Sink<HeldReading> held;
    private final Source<InboundUplink, ?, ?> replays;
    private final MeterDirectory directory;
    private final AnomalySettings anomalySettings;
    private final StreamConfig config;

    /**
     * @param replays held items sent through again on their meter's registration, or null for a
     *                bounded run (an evaluation, a bench) that holds nothing and must end with its input
     */
    public MeterhubPipeline(Source<InboundUplink, ?, ?> uplinks, Sink<Reading> rawReadings, Sink<HourlyConsumption> hours,
                            Sink<IntervalEnergy> intervals, Sink<MeterEvent> events, Sink<QuarantinedItem> quarantine, Sink<Anomaly> anomalies,
                            Sink<HeldReading> held, Source<InboundUplink, ?, ?> replays,
                            MeterDirectory directory, AnomalySettings anomalySettings, StreamConfig config) {
        this.uplinks = uplinks;
        this.rawReadings = rawReadings;
        this.hours = hours;
        this.intervals = intervals;
        this.events = events;
        this.quarantine = quarantine;
        this.anomalies = anomalies;
        this.held = held;
        this.replays = replays;
        this.directory = directory;
        this.anomalySettings = anomalySettings;
        this.config = config;
    }

    public void build(StreamExecutionEnvironment env) {
        DataStream<InboundUplink> messages = env.fromSource(uplinks, WatermarkStrategy.noWatermarks(), "mqtt-uplinks")
                .uid("mqtt-uplinks");
        if (replays != null) {
            messages = messages.union(env.fromSource(replays, WatermarkStrategy.noWatermarks(), "held-replays")
                    .uid("held-replays").setParallelism(1));
        }
        SingleOutputStreamOperator<Reading> readings = messages
                .process(new DecodeAndValidate(directory, config.maxClockAhead(), config.maxDocumentBytes(),
                        replays == null ? Duration.ZERO : config.unknownMeterHold()))
                .name("decode-and-validate").uid("decode-and-validate");
        readings.getSideOutput(Outputs.HELD).sinkTo(held).name("held").uid("held-sink");
        readings.sinkTo(rawReadings).name("raw-readings").uid("raw-readings-sink");

        SingleOutputStreamOperator<HourlyConsumption> hourly = readings
                .filter(reading -> Obis.isCumulative(reading.obis())).name("energy-registers").uid("energy-registers")
                .assignTimestampsAndWatermarks(WatermarkStrategy.<Reading>forBoundedOutOfOrderness(config.outOfOrderness())
                        .withTimestampAssigner((reading, previous) -> reading.timestamp())
                        .withIdleness(Duration.ofSeconds(30)))
                .name("event-time").uid("event-time")
                .keyBy(Reading::seriesKey)
                .process(new HourlyConsumptionFunction(directory, config.recomputeHorizon()))
                .name("hourly-consumption").uid("hourly-consumption");
        // Interval energy is consumption of its own interval: summed into its hours directly, not through a register.
        DataStream<IntervalEnergy> validIntervals = readings.getSideOutput(Outputs.INTERVALS);
        validIntervals.sinkTo(intervals).name("raw-intervals").uid("raw-intervals-sink");
        SingleOutputStreamOperator<HourlyConsumption> intervalHours = validIntervals
                .keyBy(IntervalEnergy::seriesKey)
                .process(new IntervalConsumptionFunction(directory, config.recomputeHorizon()))
                .name("interval-consumption").uid("interval-consumption");
        // Two sinks of the same kind rather than a union: a union before the sink would break the chain of the
        // readings' hours to their sink, and every hour of the hot path would be serialized once more.
        hourly.sinkTo(hours).name("hourly-consumption-sink").uid("hourly-consumption-sink");
        intervalHours.sinkTo(hours).name("interval-hours-sink").uid("interval-hours-sink");

        DataStream<MeterEvent> allEvents = readings.getSideOutput(Outputs.EVENTS).union(hourly.getSideOutput(Outputs.EVENTS));
        allEvents.sinkTo(events).name("events").uid("events-sink");

        // Anomalies, per meter in event time: from its readings (gaps, reverse energy, register
        // decreases and jumps, voltage), its measured final hours (spikes, sustained zero) and its events.
        DataStream<Anomaly> fromReadings = readings.filter(reading -> ReadingAnomalyFunction.isJudged(reading.obis()))
                .name("anomaly-registers").uid("anomaly-registers")
                .assignTimestampsAndWatermarks(WatermarkStrategy.<Reading>forBoundedOutOfOrderness(config.outOfOrderness())
                        .withTimestampAssigner((reading, previous) -> reading.timestamp())
                        .withIdleness(Duration.ofSeconds(30)))
                .name("anomaly-event-time").uid("anomaly-event-time")
                .keyBy(Reading::meterId)
                .process(new ReadingAnomalyFunction(directory, anomalySettings, config.recomputeHorizon())).name("reading-anomalies").uid("reading-anomalies");
        DataStream<Anomaly> fromHours = hourly.getSideOutput(Outputs.MEASURED_HOURS)
                .keyBy(HourlyConsumption::meterId)
                .process(new ConsumptionAnomalyFunction(directory, anomalySettings)).name("consumption-anomalies").uid("consumption-anomalies");
        DataStream<Anomaly> fromEvents = allEvents.filter(EventAnomalyFunction::isJudged).name("tamper-events").uid("tamper-events")
                .assignTimestampsAndWatermarks(WatermarkStrategy.<MeterEvent>forBoundedOutOfOrderness(config.outOfOrderness())
                        .withTimestampAssigner((event, previous) -> event.timestamp())
                        .withIdleness(Duration.ofSeconds(30)))
                .name("tamper-event-time").uid("tamper-event-time")
                .keyBy(MeterEvent::meterId)
                .process(new EventAnomalyFunction(directory)).name("event-anomalies").uid("event-anomalies");
        fromReadings.union(fromHours, fromEvents).sinkTo(anomalies).name("anomalies").uid("anomalies-sink");
        readings.getSideOutput(Outputs.QUARANTINE).union(hourly.getSideOutput(Outputs.QUARANTINE), intervalHours.getSideOutput(Outputs.QUARANTINE))
                .sinkTo(quarantine).name("quarantine").uid("quarantine-sink");
    }
}
