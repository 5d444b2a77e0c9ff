package io.meterhub.devices.simulator;

/**
 * The kinds of anomaly the simulator can inject, named as the pipeline's anomaly kinds are (the
 * devices module knows nothing of the stream module, so the names are the contract).
 */
public enum EpisodeKind {
    /** Import power several times the meter's usual for a few hours. */
    CONSUMPTION_SPIKE,
    /** Import stops for many hours (a bypass): the registers stand still. */
    SUSTAINED_ZERO,
    /** The export register grows on a meter without registered generation. */
    REVERSE_ENERGY,
    /** The meter is silent for 3 to 16 hours: it keeps counting but none of its readings are sent. */
    DATA_GAP,
    /** Every register is set back by a share of its value after a reading. */
    REGISTER_DECREASE,
    /** The import register jumps by far more than the meter's maximum current can pass. */
    PHYSICS_JUMP,
    /** COVER_OPEN or MAGNETIC_FIELD events, one to three within half an hour. */
    TAMPER_EVENT,
    /** The phase voltage stays outside 207..253 V for half an hour to two hours. */
    VOLTAGE_OUT_OF_RANGE
}
