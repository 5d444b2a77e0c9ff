package io.meterhub.stream.anomaly;

import io.meterhub.protocols.anomaly.Severity;
import io.meterhub.protocols.anomaly.AnomalyKind;
import io.meterhub.protocols.telemetry.Obis;
import io.meterhub.stream.consumption.RegisterStep;

import java.util.function.Consumer;

/**
 * The import register ({@code 1.8.0}) against what a register can do, fed its readings in
 * event-time order:
 * <ul>
 *   <li>REGISTER_DECREASE: it went down other than by a rollover at its digit capacity. MEDIUM when
 *   the new value is energy the meter could have counted since a restart from zero (a reset or a
 *   replacement, to be confirmed), HIGH when it was set back to a value no restart explains.
 *   Score: the kWh it went down.</li>
 *   <li>PHYSICS_JUMP: it grew by more than {@code phases × voltageMax × maxCurrent × interval} can
 *   pass. Always HIGH. Score: the ratio of the growth to that limit.</li>
 * </ul>
 * Both are known the moment the reading arrives and are emitted ended (from the reading before to
 * the one that broke the rule); consecutive offending intervals extend one episode.
 *
 * <p>A Flink POJO: its fields are the detector's keyed state.
 */
public class RegisterJumpDetector {
    public static final String REGISTER = Obis.ENERGY_IMPORT_TOTAL;

    public long lastTimestamp = EpisodeTracker.NONE;
    public double lastValue;

    public EpisodeTracker decrease = new EpisodeTracker();
    public double decreaseFrom;
    public boolean decreaseSetBack;

    public EpisodeTracker physics = new EpisodeTracker();
    public double physicsFrom;
    public double physicsEnergy;
    public double physicsLimit;

    public RegisterJumpDetector() {
    }

    public void onImport(String meterId, String organizationId, long timestamp, double value, double registerCapacity,
                         AnomalyThresholds t, Consumer<Anomaly> out) {
        if (lastTimestamp != EpisodeTracker.NONE && timestamp <= lastTimestamp) {
            return;
        }
        if (lastTimestamp != EpisodeTracker.NONE) {
            RegisterStep step = RegisterStep.between(lastValue, value, registerCapacity);
            long interval = timestamp - lastTimestamp;
            double limit = t.maxEnergyKwh(interval);
            if (step.kind() == RegisterStep.Kind.RESET) {
                if (!(decrease.isOpen() && decrease.last == lastTimestamp)) {
                    decrease.reset();
                    decreaseFrom = lastValue;
                    decreaseSetBack = false;
                }
                decrease.observe(lastTimestamp, timestamp, lastValue - value);
                decreaseSetBack |= value > limit;
                out.accept(decreaseAnomaly(meterId, organizationId, timestamp, value));
            } else if (step.energy() > limit) {
                if (!(physics.isOpen() && physics.last == lastTimestamp)) {
                    physics.reset();
                    physicsFrom = lastValue;
                    physicsEnergy = 0;
                    physicsLimit = 0;
                }
                physics.observe(lastTimestamp, timestamp, step.energy() / limit);
                physicsEnergy += step.energy();
                physicsLimit += limit;
                out.accept(physicsAnomaly(meterId, organizationId, timestamp, value, step.kind() == RegisterStep.Kind.ROLLOVER, t));
            }
        }
        lastTimestamp = timestamp;
        lastValue = value;
    }

    private Anomaly decreaseAnomaly(String meterId, String organizationId, long end, double value) {
        Evidence evidence = Evidence.of()
                .text("register", REGISTER)
                .number("before_kwh", decreaseFrom)
                .number("after_kwh", value)
                .number("drop_kwh", decrease.total)
                .number("decreases", decrease.count)
                .text("looks_like", decreaseSetBack ? "set back: no restart from zero explains the new value"
                        : "restart from zero: a reset or a meter replacement");
        Severity severity = decreaseSetBack ? Severity.HIGH : Severity.MEDIUM;
        return decrease.anomaly(meterId, organizationId, AnomalyKind.REGISTER_DECREASE, end, severity, decrease.total, evidence);
    }

    private Anomaly physicsAnomaly(String meterId, String organizationId, long end, double value, boolean rollover, AnomalyThresholds t) {
        Evidence evidence = Evidence.of()
                .text("register", REGISTER)
                .number("before_kwh", physicsFrom)
                .number("after_kwh", value)
                .number("energy_kwh", physicsEnergy)
                .number("interval_minutes", (end - physics.start) / 60_000.0)
                .number("max_possible_kwh", physicsLimit)
                .number("ratio", physics.peak)
                .number("max_current_a", t.maxCurrentAmps())
                .number("voltage_v", t.voltageMax())
                .number("phases", t.phases())
                .text("rollover", rollover ? "yes" : "no");
        return physics.anomaly(meterId, organizationId, AnomalyKind.PHYSICS_JUMP, end, Severity.HIGH, physics.peak, evidence);
    }
}
