package io.meterhub.devices.simulator;

import io.meterhub.protocols.meter.TariffZoneSchedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a simulated fleet of MQTT controllers and their meters.
 *
 * <p>Controllers are named {@code CTL-0001}.., meters {@code M-0001-003} (controller 1, meter 3).
 * All meters read on the same grid: instants {@code t} with {@code t mod interval == phaseOffset}
 * counted from the epoch in UTC. A phase offset such as 7 minutes makes intervals such as
 * 10:52-11:07 cross hour boundaries, which is what exercises the pipeline's proportional split.
 *
 * @param registerDigits  integer digits of the energy registers: they wrap at 10^digits kWh
 * @param commercialShare share of meters with the commercial load profile (others are households)
 * @param totalOnlyShare  share of meters that keep only 1.8.0, so zones must come from the schedule
 */
public record FleetSpec(int controllers, int metersPerController, String organizationId, ZoneId zone,
                        TariffZoneSchedule schedule, Duration interval, Duration phaseOffset,
                        int registerDigits, long seed, double commercialShare, double totalOnlyShare) {

    public FleetSpec {
        if (controllers < 1 || controllers > 9999) {
            throw new IllegalArgumentException("controllers must be 1..9999, got " + controllers);
        }
        if (metersPerController < 1 || metersPerController > 999) {
            throw new IllegalArgumentException("metersPerController must be 1..999, got " + metersPerController);
        }
        if (interval.toMillis() < 1000) {
            throw new IllegalArgumentException("the reading interval must be at least one second, got " + interval);
        }
        if (phaseOffset.isNegative() || phaseOffset.compareTo(interval) >= 0) {
            throw new IllegalArgumentException("the phase offset must be in [0, interval), got " + phaseOffset);
        }
        // Below 5 digits a normal register could not start far enough from both 0 and the capacity
        // for a reset and a rollover to stay distinguishable.
        if (registerDigits < 5 || registerDigits > 12) {
            throw new IllegalArgumentException("registerDigits must be 5..12, got " + registerDigits);
        }
        if (commercialShare < 0 || commercialShare > 1 || totalOnlyShare < 0 || totalOnlyShare > 1) {
            throw new IllegalArgumentException("shares must be within [0, 1]");
        }
    }

    /** 4 controllers of 5 meters in Samara (UTC+4), three zones, readings every 15 min at :07, :22, :37, :52. */
    public static FleetSpec defaults() {
        return new FleetSpec(4, 5, "ORG-SAMARA", ZoneId.of("Europe/Samara"), TariffZoneSchedule.threeZoneDefault(),
                Duration.ofMinutes(15), Duration.ofMinutes(7), 6, 42L, 0.3, 0.1);
    }

    public FleetSpec withSize(int controllers, int metersPerController) {
        return new FleetSpec(controllers, metersPerController, organizationId, zone, schedule, interval, phaseOffset,
                registerDigits, seed, commercialShare, totalOnlyShare);
    }

    public FleetSpec withSeed(long seed) {
        return new FleetSpec(controllers, metersPerController, organizationId, zone, schedule, interval, phaseOffset,
                registerDigits, seed, commercialShare, totalOnlyShare);
    }

    public FleetSpec withGrid(Duration interval, Duration phaseOffset) {
        return new FleetSpec(controllers, metersPerController, organizationId, zone, schedule, interval, phaseOffset,
                registerDigits, seed, commercialShare, totalOnlyShare);
    }

    public FleetSpec withShares(double commercialShare, double totalOnlyShare) {
        return new FleetSpec(controllers, metersPerController, organizationId, zone, schedule, interval, phaseOffset,
                registerDigits, seed, commercialShare, totalOnlyShare);
    }

    /** @param controller 0-based */
    public String controllerId(int controller) {
        return String.format("CTL-%04d", controller + 1);
    }

    /** @param controller 0-based; @param meter 0-based within its controller */
    public String meterId(int controller, int meter) {
        return String.format("M-%04d-%03d", controller + 1, meter + 1);
    }

    public int tariffRegisterCount() {
        return schedule.asList().stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    /** The capacity of a register in Wh: values are kept in whole Wh so that sums stay exact. */
    long capacityWh() {
        long capacity = 1000;
        for (int i = 0; i < registerDigits; i++) {
            capacity *= 10;
        }
        return capacity;
    }

    /** The reading instants of the grid in [from, to), ascending. */
    public List<Instant> readingInstants(Instant from, Instant to) {
        long step = interval.toMillis();
        long phase = phaseOffset.toMillis();
        long first = Math.floorDiv(from.toEpochMilli() - phase + step - 1, step) * step + phase;
        List<Instant> instants = new ArrayList<>();
        for (long t = first; t < to.toEpochMilli(); t += step) {
            instants.add(Instant.ofEpochMilli(t));
        }
        return instants;
    }
}
