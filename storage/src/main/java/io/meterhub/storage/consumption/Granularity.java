package io.meterhub.storage.consumption;

/** How consumption is bucketed, always in the organization's local calendar. */
public enum Granularity {
    HOUR("hour"), DAY("day"), MONTH("month");

    final String sqlUnit;

    Granularity(String sqlUnit) {
        this.sqlUnit = sqlUnit;
    }
}
