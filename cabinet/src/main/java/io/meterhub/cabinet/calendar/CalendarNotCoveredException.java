package io.meterhub.cabinet.calendar;

import io.meterhub.cabinet.common.CabinetException;

/**
 * A date outside the years the production calendar has data for. A deadline must never be guessed
 * from weekends alone: the holidays and transferred days of a year are decreed each autumn, so the
 * year's data file has to be added first.
 */
public final class CalendarNotCoveredException extends CabinetException {
    public static final String CODE = "calendar.year_not_covered";

    public CalendarNotCoveredException(int year, int firstYear, int lastYear) {
        super(CODE, String.valueOf(year), String.valueOf(firstYear), String.valueOf(lastYear));
    }
}
