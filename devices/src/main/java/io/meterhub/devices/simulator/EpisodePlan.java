package io.meterhub.devices.simulator;

import io.meterhub.protocols.telemetry.EventCode;
import io.meterhub.protocols.telemetry.MeterEvent;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Where and when the {@link EpisodeSpec}'s anomalies happen, drawn from the seed up front, and what
 * each does to a meter's telemetry. Also the meters' supply readings (export, voltages) and the
 * generation meters, which only exist when the spec asks for them.
 */
final class EpisodePlan {
    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    static final String EXPORT = "2.8.0";
    private static final String[] PHASES = {"32.7.0", "52.7.0", "72.7.0"};

    /** One planned episode with what it needs: a factor, a power, a voltage, a share... */
    private record Planned(EpisodeKind kind, long start, long end, double magnitude, long[] moments, EventCode code) {
    }

    private final FleetSpec spec;
    private final EpisodeSpec episodes;
    private final Planned[] byMeter;
    private final boolean[] generation;
    private final List<InjectedEpisode> injected = new ArrayList<>();
    private final List<String> generationMeters = new ArrayList<>();

    EpisodePlan(FleetSpec spec, EpisodeSpec episodes, Fleet fleet) {
        this.spec = spec;
        this.episodes = episodes;
        List<SimulatedMeter> meters = fleet.simulatedMeters();
        this.byMeter = new Planned[meters.size()];
        this.generation = new boolean[meters.size()];
        if (!episodes.reportsSupply()) {
            return;
        }
        List<SimulatedMeter> candidates = new ArrayList<>();
        for (SimulatedMeter meter : meters) {
            if (!meter.rollover() && Seeds.unit(spec.seed(), Purpose.GENERATION.ordinal(), meter.index()) < episodes.generationShare()) {
                generation[meter.index()] = true;
                generationMeters.add(meter.meterId());
            } else if (!meter.rollover()) {
                candidates.add(meter);
            }
        }
        candidates.sort(Comparator.comparingLong(meter -> Seeds.hash(spec.seed(), Purpose.EPISODE_METERS.ordinal(), meter.index())));
        if (episodes.total() > candidates.size()) {
            throw new IllegalArgumentException(episodes.total() + " episodes need as many meters without generation or rollover, the fleet has "
                    + candidates.size());
        }
        int next = 0;
        for (EpisodeKind kind : EpisodeKind.values()) {
            for (int i = 0; i < episodes.count(kind); i++) {
                SimulatedMeter meter = candidates.get(next++);
                Planned planned = plan(kind, meter.index());
                byMeter[meter.index()] = planned;
                injected.add(new InjectedEpisode(meter.meterId(), kind, planned.start(), planned.end()));
            }
        }
        injected.sort(Comparator.comparing(InjectedEpisode::kind).thenComparing(InjectedEpisode::meterId));
    }

    private Planned plan(EpisodeKind kind, int index) {
        boolean needsBaseline = kind == EpisodeKind.CONSUMPTION_SPIKE || kind == EpisodeKind.SUSTAINED_ZERO;
        long windowStart = (needsBaseline ? episodes.baselineFrom() : episodes.from()).toEpochMilli();
        long windowEnd = episodes.to().toEpochMilli();
        double u = Seeds.unit(spec.seed(), Purpose.EPISODE_LENGTH.ordinal(), index);
        double size = Seeds.unit(spec.seed(), Purpose.EPISODE_SIZE.ordinal(), index);
        long length = switch (kind) {
            case CONSUMPTION_SPIKE -> (2 + Math.round(3 * u)) * HOUR;
            case SUSTAINED_ZERO -> (10 + Math.round(20 * u)) * HOUR;
            case REVERSE_ENERGY -> (2 + Math.round(3 * u)) * HOUR;
            case DATA_GAP -> (3 + Math.round(13 * u)) * HOUR;
            case VOLTAGE_OUT_OF_RANGE -> (30 + Math.round(90 * u)) * MINUTE;
            case TAMPER_EVENT -> Math.round(30 * u) * MINUTE;
            case REGISTER_DECREASE, PHYSICS_JUMP -> 0;
        };
        // Leave a day at the end: the run must see the episode end and the meter recover.
        long latestStart = windowEnd - length - 24 * HOUR;
        if (latestStart <= windowStart) {
            throw new IllegalArgumentException("the window " + Instant.ofEpochMilli(windowStart) + ".." + episodes.to()
                    + " is too short for a " + kind + " episode and a day after it");
        }
        long start = windowStart + (long) (Seeds.unit(spec.seed(), Purpose.EPISODE_START.ordinal(), index) * (latestStart - windowStart));
        start = start / 1000 * 1000;
        return switch (kind) {
            case REGISTER_DECREASE, PHYSICS_JUMP -> {
                long interval = spec.interval().toMillis();
                long phase = spec.phaseOffset().toMillis();
                long shownAt = Math.floorDiv(start - phase + interval - 1, interval) * interval + phase;
                double magnitude = kind == EpisodeKind.REGISTER_DECREASE ? 0.1 + 0.3 * size : 500 + 4500 * size;
                yield new Planned(kind, shownAt - interval, shownAt, magnitude, new long[] {shownAt}, null);
            }
            case TAMPER_EVENT -> {
                int count = 1 + (int) (size * 3);
                long[] moments = new long[count];
                for (int i = 0; i < count; i++) {
                    moments[i] = count == 1 ? start : start + length * i / (count - 1) / 1000 * 1000;
                }
                EventCode code = size * 3 % 1 < 0.5 ? EventCode.COVER_OPEN : EventCode.MAGNETIC_FIELD;
                yield new Planned(kind, moments[0], moments[count - 1], count, moments, code);
            }
            case VOLTAGE_OUT_OF_RANGE -> new Planned(kind, start, start + length, size < 0.5 ? 190 + 24 * size : 256 + 18 * (size - 0.5),
                    new long[0], null);
            case CONSUMPTION_SPIKE -> new Planned(kind, start, start + length, 4 + 2 * size, new long[0], null);
            case REVERSE_ENERGY -> new Planned(kind, start, start + length, 0.5 + 1.5 * size, new long[0], null);
            default -> new Planned(kind, start, start + length, 0, new long[0], null);
        };
    }

    List<InjectedEpisode> injected() {
        return List.copyOf(injected);
    }

    List<String> generationMeters() {
        return List.copyOf(generationMeters);
    }

    boolean reportsSupply() {
        return episodes.reportsSupply();
    }

    private Planned active(SimulatedMeter meter, EpisodeKind kind, long at) {
        Planned planned = byMeter[meter.index()];
        return planned != null && planned.kind() == kind && at >= planned.start() && at < planned.end() ? planned : null;
    }

    /** The import power between two readings: spikes multiply it (and add a kettle's worth), a bypass stops it. */
    double importKw(SimulatedMeter meter, long from, long to, double usualKw) {
        long middle = from + (to - from) / 2;
        Planned spike = active(meter, EpisodeKind.CONSUMPTION_SPIKE, middle);
        if (spike != null) {
            return usualKw * spike.magnitude() + 1.0;
        }
        return active(meter, EpisodeKind.SUSTAINED_ZERO, middle) != null ? 0 : usualKw;
    }

    /** The export power: the sun on a generation meter, or an injected reverse flow. */
    double exportKw(SimulatedMeter meter, long from, long to, LocalDateTime middleLocal) {
        Planned reverse = active(meter, EpisodeKind.REVERSE_ENERGY, from + (to - from) / 2);
        if (reverse != null) {
            return reverse.magnitude();
        }
        if (!generation[meter.index()]) {
            return 0;
        }
        double hour = middleLocal.getHour() + middleLocal.getMinute() / 60.0;
        double sun = hour <= 8 || hour >= 18 ? 0 : Math.sin(Math.PI * (hour - 8) / 10);
        return sun * (1 + 3 * Seeds.unit(spec.seed(), Purpose.GENERATION.ordinal(), meter.index(), 1));
    }

    /** A silent meter's reading is not sent. */
    boolean silent(SimulatedMeter meter, long instant) {
        return active(meter, EpisodeKind.DATA_GAP, instant) != null;
    }

    /** Sets registers back or makes the import register jump when the reading at {@code instant} is the one to show it. */
    void tamperRegisters(SimulatedMeter meter, MeterState state, long instant) {
        Planned planned = byMeter[meter.index()];
        if (planned == null || planned.moments().length == 0 || planned.moments()[0] != instant) {
            return;
        }
        if (planned.kind() == EpisodeKind.REGISTER_DECREASE) {
            for (int r = 0; r < state.wh.length; r++) {
                state.wh[r] -= Math.round(state.wh[r] * planned.magnitude());
            }
        } else if (planned.kind() == EpisodeKind.PHYSICS_JUMP) {
            state.wh[0] += Math.round(planned.magnitude() * 1000);
        }
    }

    /** Injected tamper events in (from, to]. */
    void events(SimulatedMeter meter, long from, long to, List<MeterEvent> out) {
        Planned planned = byMeter[meter.index()];
        if (planned == null || planned.kind() != EpisodeKind.TAMPER_EVENT) {
            return;
        }
        for (long moment : planned.moments()) {
            if (moment > from && moment <= to) {
                String source = planned.code() == EventCode.COVER_OPEN ? "terminal cover switch" : "hall sensor";
                out.add(new MeterEvent(meter.meterId(), moment, planned.code(), "{\"source\":\"" + source + "\"}"));
            }
        }
    }

    /** The meter's supply readings at {@code instant}: export and one voltage per phase. */
    void supply(SimulatedMeter meter, MeterState state, long instant, Map<String, Double> values) {
        values.put(EXPORT, (state.exportWh % spec.capacityWh()) / 1000.0);
        Planned out = active(meter, EpisodeKind.VOLTAGE_OUT_OF_RANGE, instant);
        int phases = meter.profile() == LoadProfile.COMMERCIAL ? 3 : 1;
        for (int p = 0; p < phases; p++) {
            double volts = out != null && p == 0 ? out.magnitude()
                    : 225 + 10 * Seeds.unit(spec.seed(), Purpose.VOLTAGE.ordinal(), meter.index(), instant, p);
            values.put(PHASES[p], Math.round(volts * 10) / 10.0);
        }
    }
}
