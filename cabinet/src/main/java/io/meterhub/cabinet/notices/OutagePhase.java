package io.meterhub.cabinet.notices;

/** Where an outage is in time for the one who looks: still to come, going on, over. */
public enum OutagePhase {
    UPCOMING, CURRENT, PAST
}
