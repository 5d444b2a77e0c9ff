package io.meterhub.storage.consumption;

import java.time.LocalDateTime;
import java.time.YearMonth;

/** How consumption is bucketed, always in the organization's local calendar. */
public enum Granularity {
    HOUR("hour"), DAY("day"), MONTH("month");

    final String sqlUnit;

    Granularity(String sqlUnit) {
        this.sqlUnit = sqlUnit;
    }

    /** A day's or month's label ("2026-10-25", "2026-10"); hours are labelled by {@link LocalHour}. */
    String label(LocalDateTime local) {
        return switch (this) {
            case HOUR -> throw new IllegalStateException("an hour's label needs its instant: see LocalHour");
            case DAY -> local.toLocalDate().toString();
            case MONTH -> YearMonth.from(local).toString();
        };
    }
}
