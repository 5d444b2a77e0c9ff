package io.meterhub.protocols.consumption;

/** How consumption is bucketed, always in the organization's local calendar. */
public enum Granularity {
    HOUR, DAY, MONTH
}
