package io.meterhub.devices.simulator;

/**
 * Stateless seeded randomness: every random choice is a hash of (seed, purpose, coordinates).
 * Unlike a shared {@link java.util.Random}, the outcome of one choice does not depend on how many
 * choices were made before it, so replaying a range in one call or in ten gives the same bytes,
 * and switching a fault on does not change the load curves.
 */
final class Seeds {
    private Seeds() {
    }

    static long hash(long seed, long... parts) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (long part : parts) {
            h = mix(h + 0x9E3779B97F4A7C15L + part);
        }
        return h;
    }

    /** A uniform double in [0, 1). */
    static double unit(long seed, long... parts) {
        return (hash(seed, parts) >>> 11) * 0x1.0p-53;
    }

    static long text(String value) {
        long h = 1125899906842597L;
        for (int i = 0; i < value.length(); i++) {
            h = 31 * h + value.charAt(i);
        }
        return h;
    }

    // SplitMix64 finalizer: cheap and good enough to decorrelate neighbouring inputs.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
