package io.meterhub.protocols.modbus;

import java.math.BigDecimal;

/**
 * Turns the 16-bit words of a register into the value in the contract's unit.
 *
 * <p>Scaling goes through decimal arithmetic so that a meter's 12345 (x10) reads 1234.5 and not
 * 1234.5000000000002, and a float32 keeps the digits the meter meant (the shortest decimal that
 * round-trips the float) instead of its binary expansion.
 */
public final class RegisterDecoder {
    private RegisterDecoder() {
    }

    /**
     * @param words the register's words as read, in wire order, each 0..65535 (higher bits are ignored)
     * @throws NotAValueException naming the register when the words are not a value
     */
    public static double decode(RegisterSpec spec, int[] words) {
        if (words == null || words.length != spec.words()) {
            throw new NotAValueException("register " + spec.label() + ": expected " + spec.words() + " word(s) for "
                    + spec.dataType() + " but got " + (words == null ? "none" : words.length));
        }
        int[] ordered = highWordFirst(words, spec.wordOrder());
        BigDecimal raw = switch (spec.dataType()) {
            case INT16 -> BigDecimal.valueOf((short) ordered[0]);
            case UINT16 -> BigDecimal.valueOf(ordered[0] & 0xFFFF);
            case INT32 -> BigDecimal.valueOf((int) bits(ordered));
            case UINT32 -> BigDecimal.valueOf(bits(ordered));
            case FLOAT32 -> {
                float value = Float.intBitsToFloat((int) bits(ordered));
                requireFinite(spec, value);
                yield new BigDecimal(Float.toString(value));
            }
            case FLOAT64 -> {
                double value = Double.longBitsToDouble(bits(ordered));
                requireFinite(spec, value);
                yield BigDecimal.valueOf(value);
            }
        };
        return raw.multiply(BigDecimal.valueOf(spec.scale())).doubleValue();
    }

    private static void requireFinite(RegisterSpec spec, double value) {
        if (Double.isNaN(value)) {
            throw new NotAValueException("register " + spec.label() + ": the meter sent NaN (not a number)");
        }
        if (Double.isInfinite(value)) {
            throw new NotAValueException("register " + spec.label() + ": the meter sent " + (value > 0 ? "+" : "-") + "infinity");
        }
    }

    /** The words joined most significant first into an unsigned bit pattern. */
    private static long bits(int[] highFirst) {
        long bits = 0;
        for (int word : highFirst) {
            bits = (bits << 16) | (word & 0xFFFF);
        }
        return bits;
    }

    static int[] highWordFirst(int[] words, WordOrder order) {
        if (order == WordOrder.HIGH_WORD_FIRST || words.length == 1) {
            return words;
        }
        int[] reversed = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            reversed[i] = words[words.length - 1 - i];
        }
        return reversed;
    }
}
