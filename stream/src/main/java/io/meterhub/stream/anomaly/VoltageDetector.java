package io.meterhub.stream.anomaly;

import io.meterhub.protocols.anomaly.Severity;
import io.meterhub.protocols.anomaly.AnomalyKind;
import io.meterhub.protocols.telemetry.Obis;

import java.util.function.Consumer;

/**
 * Supply voltage outside {@code voltageMin..voltageMax} (207..253 V, 230 V ± 10 %) for at least
 * {@code voltageMinDuration}. Fed the phase voltages of each reading moment in event-time order.
 * The episode starts at the first sample with any phase out of the band; it is reported once the
 * latest out-of-band sample is that long after the first (one sample proves no duration unless the
 * minimum is zero), stays ongoing while samples stay out, and ends at the first sample with every
 * phase back in the band.
 *
 * <p>Score: the largest deviation from the nominal voltage, in percent. Severity: HIGH from 20 %
 * on, MEDIUM below.
 *
 * <p>A Flink POJO: its fields are the detector's keyed state. The tracker's {@code peak} is the
 * largest deviation.
 */
public class VoltageDetector {
    public EpisodeTracker episode = new EpisodeTracker();
    public double lowestVolts;
    public double highestVolts;
    /** Bit 0 for L1 (32.7.0), 1 for L2 (52.7.0), 2 for L3 (72.7.0), 3 for any other voltage register. */
    public int phasesOut;

    public VoltageDetector() {
    }

    /** A voltage register: instantaneous, in volts (32.7.0, 52.7.0, 72.7.0...). */
    public static boolean isVoltage(String obis) {
        return Obis.isValid(obis) && !Obis.isCumulative(obis) && "V".equals(Obis.unit(obis));
    }

    /** The voltages of one moment: {@code registers[i]} measured {@code volts[i]}; {@code count} of them. */
    public void onSample(String meterId, String organizationId, long timestamp, String[] registers, double[] volts, int count,
                         AnomalyThresholds t, Consumer<Anomaly> out) {
        if (count == 0 || episode.isOpen() && timestamp <= episode.last) {
            return;
        }
        double nominal = t.nominalVoltage();
        double worst = -1;
        int phases = 0;
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            double v = volts[i];
            if (v < t.voltageMin() || v > t.voltageMax()) {
                worst = Math.max(worst, Math.abs(v - nominal) / nominal * 100);
                phases |= phaseBit(registers[i]);
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        if (worst < 0) {
            if (episode.isOpen() && episode.reported) {
                out.accept(anomaly(meterId, organizationId, timestamp, t));
            }
            episode.reset();
            return;
        }
        if (!episode.isOpen()) {
            lowestVolts = low;
            highestVolts = high;
            phasesOut = 0;
        }
        episode.observe(timestamp, timestamp, worst);
        lowestVolts = Math.min(lowestVolts, low);
        highestVolts = Math.max(highestVolts, high);
        phasesOut |= phases;
        if (episode.last - episode.start >= t.voltageMinDuration().toMillis()) {
            out.accept(anomaly(meterId, organizationId, null, t));
        }
    }

    private static int phaseBit(String obis) {
        return switch (obis) {
            case "32.7.0" -> 1;
            case "52.7.0" -> 2;
            case "72.7.0" -> 4;
            default -> 8;
        };
    }

    private Anomaly anomaly(String meterId, String organizationId, Long end, AnomalyThresholds t) {
        StringBuilder phases = new StringBuilder();
        String[] names = {"L1", "L2", "L3", "other"};
        for (int bit = 0; bit < names.length; bit++) {
            if ((phasesOut & (1 << bit)) != 0) {
                phases.append(phases.length() == 0 ? "" : ",").append(names[bit]);
            }
        }
        Evidence evidence = Evidence.of()
                .number("lowest_v", lowestVolts == Double.MAX_VALUE ? Double.NaN : lowestVolts)
                .number("highest_v", highestVolts == -Double.MAX_VALUE ? Double.NaN : highestVolts)
                .text("phases", phases.toString())
                .number("samples_out", episode.count)
                .time("last_out_of_band", episode.last)
                .number("minutes_out", (episode.last - episode.start) / 60_000.0)
                .number("band_min_v", t.voltageMin())
                .number("band_max_v", t.voltageMax())
                .number("min_duration_minutes", t.voltageMinDuration().toMillis() / 60_000.0)
                .number("deviation_percent", episode.peak);
        Severity severity = episode.peak >= 20 ? Severity.HIGH : Severity.MEDIUM;
        return episode.anomaly(meterId, organizationId, AnomalyKind.VOLTAGE_OUT_OF_RANGE, end, severity, episode.peak, evidence);
    }
}
