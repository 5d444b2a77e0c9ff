package io.meterhub.stream.consumption;

/**
 * What happened to a cumulative register between two consecutive readings, and the energy it
 * stands for. A register never yields negative consumption: going down is either a rollover at its
 * digit capacity (consumption continues) or a reset such as a meter replacement, taken to have
 * restarted from zero right after the earlier reading.
 */
public record RegisterStep(Kind kind, double energy) {

    public enum Kind { NORMAL, ROLLOVER, RESET }

    /** A wrap is only believed when the old value was near the top and the new one near zero. */
    private static final double ROLLOVER_BAND = 0.1;

    public static RegisterStep between(double previous, double next, double capacity) {
        if (next >= previous) {
            return new RegisterStep(Kind.NORMAL, next - previous);
        }
        if (previous >= capacity * (1 - ROLLOVER_BAND) && next < capacity * ROLLOVER_BAND) {
            return new RegisterStep(Kind.ROLLOVER, capacity - previous + next);
        }
        return new RegisterStep(Kind.RESET, next);
    }
}
