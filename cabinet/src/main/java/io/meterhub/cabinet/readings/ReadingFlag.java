package io.meterhub.cabinet.readings;

/** Why a reading went to an operator instead of being accepted. */
public enum ReadingFlag {
    /** Far above the meter's usual consumption. */
    JUMP,
    /** The smart meter's telemetry says otherwise. */
    TELEMETRY_MISMATCH
}
