package io.meterhub.protocols.telemetry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * The energy one register of one meter measured in one interval (an АИИС КУЭ half hour, a load
 * profile slot): consumption of that interval itself, not a cumulative register value.
 *
 * @param start      interval start, epoch milliseconds (UTC), inclusive
 * @param end        interval end, epoch milliseconds (UTC), exclusive
 * @param energy     kWh (or kvarh for reactive registers), exact, at most {@link #MAX_SCALE} decimals
 * @param commercial whether the value may be used in settlements (80020 {@code status="0"})
 */
public record IntervalEnergy(String meterId, String obis, long start, long end, BigDecimal energy, boolean commercial) {
    /** The registers an interval may be reported for: the total energy registers, each direction. */
    public static final Set<String> REGISTERS = Set.of("1.8.0", "2.8.0", "3.8.0", "4.8.0");
    /** Energy is kept to the milli-watt-hour and below: a millionth of a kWh. */
    public static final int MAX_SCALE = 6;
    /** The longest interval accepted: a day, split across its hours by time. */
    public static final long MAX_LENGTH_MILLIS = 24 * 3_600_000L;

    /** The key of one register's series: the intervals of one key must not overlap. */
    public String seriesKey() {
        return meterId + '|' + obis;
    }

    /** The interval as the contract's JSON item, for quarantine rows and held items. */
    public String toJson() {
        return "{\"meter\":\"" + meterId + "\",\"register\":\"" + obis + "\",\"start\":\"" + Instant.ofEpochMilli(start)
                + "\",\"end\":\"" + Instant.ofEpochMilli(end) + "\",\"energy\":\"" + energy.toPlainString() + "\",\"commercial\":"
                + commercial + "}";
    }
}
