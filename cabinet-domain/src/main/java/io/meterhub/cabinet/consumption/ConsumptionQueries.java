package io.meterhub.cabinet.consumption;

import io.meterhub.protocols.consumption.LocalHour;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

/**
 * A meter's consumption by local hour, day and month, split by tariff zone. Zones come from the
 * meter's own tariff registers when it has them (1.8.1..), otherwise from the 1.8.0 hours that the
 * pipeline labelled with the organization's schedule.
 */
public interface ConsumptionQueries {
    /** The hours of one local day (23, 24 or 25 of them where a time zone shifts). */
    List<ConsumptionBucket> hoursOfDay(String meterId, LocalDate day);

    /** The hours in [from, to), for a chart over any span (an anomaly's episode and the days around it); labelled as {@link LocalHour} says. */
    List<ConsumptionBucket> hours(String meterId, Instant from, Instant to);

    List<ConsumptionBucket> daysOfMonth(String meterId, YearMonth month);

    List<ConsumptionBucket> monthsOfYear(String meterId, Year year);
}
