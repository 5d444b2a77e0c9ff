package io.meterhub.devices.simulator;

import io.meterhub.protocols.meter.TariffZoneSchedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Advances a meter's registers from one reading to the next and records the exact truth.
 *
 * <p>Power is constant over the interval (the load curve at its midpoint times seeded noise), so
 * 1.8.0 grows linearly and tariff register k grows linearly while the local hour is in zone k and
 * stands still otherwise. Energies are whole Wh: the tariff registers' deltas are a largest-remainder
 * split of the total's, so their sum equals 1.8.0's delta exactly, as on a real meter.
 */
final class RegisterPhysics {
    private final FleetSpec spec;
    private final TariffZoneSchedule schedule;
    private final ZoneId zone;
    private final IntervalSplitter splitter;
    private final Truth truth;
    private final EpisodePlan plan;
    private long midFrom = Long.MIN_VALUE;
    private long midTo = Long.MIN_VALUE;
    private LocalDateTime midLocal;

    RegisterPhysics(FleetSpec spec, Truth truth, EpisodePlan plan) {
        this.plan = plan;
        this.spec = spec;
        this.schedule = spec.schedule();
        this.zone = spec.zone();
        this.splitter = new IntervalSplitter(spec.zone());
        this.truth = truth;
    }

    long[] initialWh(SimulatedMeter meter, double rolloverMarginKwh) {
        int registers = meter.registers().size();
        long capacity = spec.capacityWh();
        long[] wh = new long[registers];
        if (meter.rollover()) {
            // Every register just below the capacity: each wraps once it has gathered the margin.
            java.util.Arrays.fill(wh, capacity - Math.round(rolloverMarginKwh * 1000));
            return wh;
        }
        // Far from both 0 and the capacity, so that a reset (value falls near 0) and a rollover
        // (value falls from near the capacity) cannot be mistaken for each other.
        double u = Seeds.unit(spec.seed(), Purpose.INITIAL.ordinal(), meter.index());
        long total = (long) (capacity * (0.1 + 0.3 * u));
        wh[0] = total;
        if (registers > 1) {
            long rest = total;
            for (int k = 1; k < registers; k++) {
                long share = k == registers - 1 ? rest : (long) (total * (0.5 / (registers - 1)
                        + 0.4 / (registers - 1) * Seeds.unit(spec.seed(), Purpose.TARIFF_SHARE.ordinal(), meter.index(), k)));
                wh[k] = share;
                rest -= share;
            }
        }
        return wh;
    }

    double powerKw(SimulatedMeter meter, long from, long to) {
        if (from != midFrom || to != midTo) {
            midLocal = LocalDateTime.ofInstant(Instant.ofEpochMilli(from + (to - from) / 2), zone);
            midFrom = from;
            midTo = to;
        }
        double noise = 0.85 + 0.3 * Seeds.unit(spec.seed(), Purpose.NOISE.ordinal(), meter.index(), from);
        return LoadCurves.kw(meter.profile(), midLocal) * meter.scale() * noise;
    }

    /** Moves the registers from the meter's last reading to {@code to}, recording truth and rollovers. */
    void advance(SimulatedMeter meter, MeterState state, long to) {
        long from = state.lastReadingAt;
        long duration = to - from;
        long energyWh = Math.max(0, Math.round(plan.importKw(meter, from, to, powerKw(meter, from, to)) * duration / 3600.0));
        if (plan.reportsSupply()) {
            state.exportWh += Math.max(0, Math.round(plan.exportKw(meter, from, to, midLocal) * duration / 3600.0));
        }
        List<IntervalSplitter.Piece> pieces = splitter.split(from, to);
        for (IntervalSplitter.Piece piece : pieces) {
            truth.addEnergy(meter.meterId(), meter.registers().get(0), piece.utcHour(), piece.localDay(),
                    energyWh / 1000.0 * piece.length() / duration);
        }
        long[] before = state.wh.clone();
        state.wh[0] += energyWh;
        int tariffs = meter.tariffRegisters();
        if (tariffs > 0) {
            long[] zoneMs = new long[tariffs + 1];
            for (IntervalSplitter.Piece piece : pieces) {
                zoneMs[schedule.zoneAt(piece.localHour())] += piece.length();
            }
            long[] zoneWh = splitWh(energyWh, zoneMs, duration);
            for (IntervalSplitter.Piece piece : pieces) {
                int k = schedule.zoneAt(piece.localHour());
                truth.addEnergy(meter.meterId(), meter.registers().get(k), piece.utcHour(), piece.localDay(),
                        zoneWh[k] / 1000.0 * piece.length() / zoneMs[k]);
            }
            for (int k = 1; k <= tariffs; k++) {
                state.wh[k] += zoneWh[k];
            }
        }
        long capacity = spec.capacityWh();
        for (int r = 0; r < state.wh.length; r++) {
            if (before[r] / capacity != state.wh[r] / capacity) {
                truth.addRollover(new Rollover(meter.meterId(), meter.registers().get(r), from, to));
            }
        }
    }

    /** The value a register shows: whole Wh modulo the capacity, in kWh. */
    double shownKwh(long wh) {
        return (wh % spec.capacityWh()) / 1000.0;
    }

    // Largest remainder, ties to the lower zone: deterministic and sums exactly to the total.
    private static long[] splitWh(long energyWh, long[] zoneMs, long duration) {
        long[] result = new long[zoneMs.length];
        double[] remainder = new double[zoneMs.length];
        long assigned = 0;
        for (int k = 1; k < zoneMs.length; k++) {
            double exact = (double) energyWh * zoneMs[k] / duration;
            result[k] = (long) Math.floor(exact);
            remainder[k] = exact - result[k];
            assigned += result[k];
        }
        for (long left = energyWh - assigned; left > 0; left--) {
            int best = -1;
            for (int k = 1; k < zoneMs.length; k++) {
                if (zoneMs[k] > 0 && (best < 0 || remainder[k] > remainder[best])) {
                    best = k;
                }
            }
            result[best]++;
            remainder[best] = -1;
        }
        return result;
    }
}
