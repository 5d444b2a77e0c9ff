package io.meterhub.devices.simulator;

import java.time.DayOfWeek;
import java.time.LocalDateTime;

/**
 * Typical power in kW by local time for a meter of scale 1. Values are the mean power of a whole
 * local hour, so the curve reads as a table a utility engineer would recognise; the generator adds
 * seeded noise per interval. Public holidays are ignored: weekdays are Monday to Friday.
 */
public final class LoadCurves {
    // Index = local hour. Households: night base, 07-09 breakfast, evening peak 18-22.
    private static final double[] HOUSEHOLD_WORKDAY = {
            0.35, 0.30, 0.28, 0.28, 0.30, 0.40, 0.80, 1.50, 1.30, 0.70, 0.45, 0.40,
            0.45, 0.45, 0.40, 0.45, 0.70, 1.20, 2.00, 2.60, 2.80, 2.40, 1.50, 0.70};
    // Weekends: late breakfast, people at home in the day, the evening peak remains.
    private static final double[] HOUSEHOLD_WEEKEND = {
            0.45, 0.35, 0.30, 0.28, 0.28, 0.30, 0.40, 0.60, 1.00, 1.40, 1.30, 1.20,
            1.40, 1.20, 1.00, 1.00, 1.10, 1.50, 2.10, 2.50, 2.60, 2.20, 1.50, 0.80};
    private static final double[] COMMERCIAL_WORKDAY = {
            0.80, 0.80, 0.80, 0.80, 0.80, 0.90, 1.20, 2.50, 4.50, 5.50, 5.80, 5.80,
            5.50, 5.60, 5.80, 5.70, 5.40, 4.50, 2.50, 1.30, 1.00, 0.90, 0.85, 0.80};
    private static final double[] COMMERCIAL_WEEKEND = {
            0.80, 0.80, 0.80, 0.80, 0.80, 0.80, 0.80, 0.85, 0.95, 1.00, 1.00, 1.00,
            1.00, 1.00, 1.00, 1.00, 0.95, 0.90, 0.85, 0.80, 0.80, 0.80, 0.80, 0.80};

    private LoadCurves() {
    }

    public static double kw(LoadProfile profile, LocalDateTime localTime) {
        boolean weekend = localTime.getDayOfWeek() == DayOfWeek.SATURDAY || localTime.getDayOfWeek() == DayOfWeek.SUNDAY;
        double[] table = switch (profile) {
            case HOUSEHOLD -> weekend ? HOUSEHOLD_WEEKEND : HOUSEHOLD_WORKDAY;
            case COMMERCIAL -> weekend ? COMMERCIAL_WEEKEND : COMMERCIAL_WORKDAY;
        };
        return table[localTime.getHour()];
    }
}
