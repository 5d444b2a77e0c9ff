package io.meterhub.devices.simulator;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which anomalies to inject and what the meters report besides energy import.
 *
 * <p>With any spec but {@link #none()} every meter also reports its export register (2.8.0) and its
 * phase voltages (32.7.0; commercial meters are three-phase and add 52.7.0 and 72.7.0), and
 * {@code generationShare} of the meters have solar panels of their own: their export grows around
 * local noon, which is no anomaly once they are registered as generation ({@link Truth#generationMeters()}).
 *
 * <p>Each episode is put on a meter of its own (none on rollover or generation meters), at a seeded
 * moment within [{@code from}, {@code to}); spikes and sustained zeros within
 * [{@code baselineFrom}, {@code to}), since they can only be judged against a learnt baseline.
 *
 * @param perKind how many episodes of each kind; absent kinds get none
 */
public record EpisodeSpec(Map<EpisodeKind, Integer> perKind, Instant from, Instant baselineFrom, Instant to,
                          double generationShare, boolean reportsSupply) {

    public EpisodeSpec {
        perKind = Map.copyOf(perKind);
        perKind.forEach((kind, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("cannot inject " + count + " episodes of " + kind);
            }
        });
        if (generationShare < 0 || generationShare > 1) {
            throw new IllegalArgumentException("the generation share must be within [0, 1], got " + generationShare);
        }
        if (total(perKind) > 0 && (from == null || baselineFrom == null || to == null || !from.isBefore(to)
                || baselineFrom.isBefore(from) || !baselineFrom.isBefore(to))) {
            throw new IllegalArgumentException("episodes need from <= baselineFrom < to, got " + from + ", " + baselineFrom + ", " + to);
        }
    }

    /** Nothing injected, energy import registers only: the simulator as before anomalies existed. */
    public static EpisodeSpec none() {
        return new EpisodeSpec(Map.of(), null, null, null, 0, false);
    }

    /** A clean fleet that reports export and voltages, with some generation meters, and no anomaly. */
    public static EpisodeSpec clean() {
        return new EpisodeSpec(Map.of(), null, null, null, 0.05, true);
    }

    /** {@code count} episodes of every kind. */
    public static EpisodeSpec eachKind(int count, Instant from, Instant baselineFrom, Instant to) {
        Map<EpisodeKind, Integer> perKind = new EnumMap<>(EpisodeKind.class);
        for (EpisodeKind kind : EpisodeKind.values()) {
            perKind.put(kind, count);
        }
        return new EpisodeSpec(perKind, from, baselineFrom, to, 0.05, true);
    }

    public int count(EpisodeKind kind) {
        return perKind.getOrDefault(kind, 0);
    }

    public int total() {
        return total(perKind);
    }

    private static int total(Map<EpisodeKind, Integer> perKind) {
        return perKind.values().stream().mapToInt(Integer::intValue).sum();
    }
}
