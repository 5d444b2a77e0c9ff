package io.meterhub.devices.simulator;

/** The kinds of bad input the simulator injects; each injected one is one quarantine item. */
public enum MalformedKind {
    /** Whole payload: truncated JSON. */
    NOT_JSON,
    /** Whole document: {@code "v": 2}. */
    WRONG_VERSION,
    /** One register value {@code "abc"}: the codec rejects it. */
    NON_NUMERIC_VALUE,
    /** One negative energy register value: the codec rejects it. */
    NEGATIVE_ENERGY,
    /** A reading of {@code UNKNOWN-…}, a meter not in {@link FleetSimulator#meters()}: the pipeline rejects it. */
    UNKNOWN_METER,
    /** A reading stamped 30 days after its document's instant: the pipeline rejects it. */
    FUTURE_TIMESTAMP,
    /** An event with a code outside the contract's closed list: the codec rejects it. */
    UNKNOWN_EVENT_CODE;

    boolean wholeDocument() {
        return this == NOT_JSON || this == WRONG_VERSION;
    }
}
