package io.meterhub.stream.anomaly;

import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.telemetry.Obis;
import io.meterhub.storage.telemetry.HourlyConsumption;
import io.meterhub.stream.consumption.Hours;
import io.meterhub.stream.validation.MeterDirectory;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Hosts the consumption detectors ({@link SpikeDetector}, {@link SustainedZeroDetector}) over a
 * meter's hourly consumption, keyed by meter id. Only final hours of the import register
 * ({@code 1.8.0}) are judged, each once, in order; the pipeline feeds it the measured ones only
 * ({@code Outputs.MEASURED_HOURS}: an hour estimated across a silence is the data gap's business): an hour corrected after it was judged (late
 * data) is not judged again. Each hour is judged against the baseline of the weeks before it and
 * then learnt into it; a spike is learnt clipped to {@code spikeFactor} times the mean, so one
 * outlier does not blind the baseline, while a lasting change of habits is learnt within weeks.
 *
 * <p>An hour with more energy than the meter can physically pass ({@link AnomalyThresholds#maxEnergyKwh})
 * is not consumption but a register that was set back or jumped: the hourly function counts a
 * decrease as a restart from zero and a jump as it came. {@link RegisterJumpDetector} reports those
 * (REGISTER_DECREASE, PHYSICS_JUMP); here such an hour is neither judged (it would report the same
 * fault a second time, as a spike) nor learnt, and it does not break a run of hours.
 */
public class ConsumptionAnomalyFunction extends KeyedProcessFunction<String, HourlyConsumption, Anomaly> {
    private final MeterDirectory directory;
    private final AnomalySettings settings;

    private transient ValueState<HourOfWeekBaseline> baselineState;
    private transient ValueState<SpikeDetector> spikeState;
    private transient ValueState<SustainedZeroDetector> zeroState;
    private transient Counter rejudged;
    private transient Counter impossible;

    public ConsumptionAnomalyFunction(MeterDirectory directory, AnomalySettings settings) {
        this.directory = directory;
        this.settings = settings;
    }

    /** The rows this function judges; the rest may be filtered out before it. */
    public static boolean isJudged(HourlyConsumption row) {
        return row.fin() && Obis.ENERGY_IMPORT_TOTAL.equals(row.obis());
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        directory.open();
        settings.open();
        baselineState = getRuntimeContext().getState(
                new ValueStateDescriptor<>("hour-of-week-baseline", TypeInformation.of(HourOfWeekBaseline.class)));
        spikeState = getRuntimeContext().getState(new ValueStateDescriptor<>("spike", TypeInformation.of(SpikeDetector.class)));
        zeroState = getRuntimeContext().getState(
                new ValueStateDescriptor<>("sustained-zero", TypeInformation.of(SustainedZeroDetector.class)));
        rejudged = getRuntimeContext().getMetricGroup().counter("anomalyHoursCorrectedAfterJudgement");
        impossible = getRuntimeContext().getMetricGroup().counter("anomalyHoursBeyondPhysics");
    }

    @Override
    public void close() throws Exception {
        directory.close();
        super.close();
    }

    @Override
    public void processElement(HourlyConsumption row, Context context, Collector<Anomaly> out) throws Exception {
        if (!isJudged(row)) {
            return;
        }
        MeterInfo meter = directory.findFresh(row.meterId());
        if (meter == null) {
            return;
        }
        HourOfWeekBaseline baseline = baselineState.value();
        if (baseline == null) {
            baseline = new HourOfWeekBaseline();
        }
        if (baseline.lastHour != EpisodeTracker.NONE && row.hourStart() <= baseline.lastHour) {
            rejudged.inc();
            return;
        }
        SpikeDetector spike = spikeState.value();
        if (spike == null) {
            spike = new SpikeDetector();
        }
        SustainedZeroDetector zero = zeroState.value();
        if (zero == null) {
            zero = new SustainedZeroDetector();
        }
        AnomalyThresholds t = settings.thresholds(meter.organizationId());
        String org = meter.organizationId();
        if (row.kwh() > t.maxEnergyKwh(Hours.HOUR)) {
            impossible.inc();
            baseline.lastHour = row.hourStart();
            baselineState.update(baseline);
            return;
        }
        if (baseline.lastHour != EpisodeTracker.NONE && row.hourStart() > baseline.lastHour + Hours.HOUR) {
            spike.onBreak(row.meterId(), org, t, out::collect);
            zero.onBreak(row.meterId(), org, t, out::collect);
        }
        int slot = HourOfWeek.of(row.hourStart(), meter.timeZone());
        double kwh = Math.max(0, row.kwh());
        spike.onHour(row.meterId(), org, row.hourStart(), kwh, baseline, slot, t, out::collect);
        zero.onHour(row.meterId(), org, row.hourStart(), kwh, baseline, slot, t, out::collect);

        double learnt = baseline.isEstablished(slot, t.baselineMinWeeks())
                ? Math.min(kwh, Math.max(baseline.mean(slot) * t.spikeFactor(), baseline.mean(slot) + t.spikeMinKwh()))
                : kwh;
        baseline.learn(slot, learnt, t.baselineWindowWeeks());
        baseline.lastHour = row.hourStart();

        baselineState.update(baseline);
        spikeState.update(spike);
        zeroState.update(zero);
    }
}
