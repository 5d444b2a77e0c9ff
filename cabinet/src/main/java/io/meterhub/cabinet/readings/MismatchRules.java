package io.meterhub.cabinet.readings;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * When a manual reading of a smart meter disagrees with the meter's own telemetry enough to raise a
 * {@code MANUAL_READING_MISMATCH} anomaly, and how severe it is.
 *
 * <p>The reading is held against the band from the register's value at the start of the day it was
 * taken on to its value when it was submitted (the customer looked at the display some time that day),
 * each value interpolated between the nearest raw readings. Defaults, in the meter's units (kWh):
 * a tolerance of 2 beyond the band (a display read to whole units, and the last digits' rounding);
 * from 20 (about two days of a flat's consumption) MEDIUM; from 200 (about a month's) HIGH.
 *
 * @param tolerance  how far outside the band a reading may be without an anomaly
 * @param mediumFrom a difference of at least this is MEDIUM, below it LOW
 * @param highFrom   a difference of at least this is HIGH
 * @param reach      how far from a moment a raw reading may be to interpolate through it
 * @param fresh      how far a raw reading on one side only may be from the moment to stand for it
 */
public record MismatchRules(BigDecimal tolerance, BigDecimal mediumFrom, BigDecimal highFrom, Duration reach, Duration fresh) {
    public MismatchRules {
        if (tolerance.signum() < 0 || mediumFrom.compareTo(tolerance) < 0 || highFrom.compareTo(mediumFrom) < 0) {
            throw new IllegalArgumentException("mismatch rules need 0 <= tolerance <= mediumFrom <= highFrom, got "
                    + tolerance + ", " + mediumFrom + ", " + highFrom);
        }
        if (reach.isNegative() || fresh.isNegative()) {
            throw new IllegalArgumentException("reach and fresh must not be negative");
        }
    }

    public static MismatchRules defaults() {
        return new MismatchRules(new BigDecimal("2"), new BigDecimal("20"), new BigDecimal("200"), Duration.ofHours(48), Duration.ofHours(2));
    }

    String severity(BigDecimal difference) {
        BigDecimal size = difference.abs();
        return size.compareTo(highFrom) >= 0 ? "HIGH" : size.compareTo(mediumFrom) >= 0 ? "MEDIUM" : "LOW";
    }
}
