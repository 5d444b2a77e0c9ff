package io.meterhub.protocols.modbus;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The inverse of {@link RegisterDecoder}: the words a meter would send for a value. Simulators and
 * tests use it to fill register banks exactly as a real device of the model would.
 */
public final class RegisterEncoder {
    private RegisterEncoder() {
    }

    /**
     * @param value in the contract's unit (the scale is undone here)
     * @return the words in wire order, each 0..65535
     * @throws IllegalArgumentException naming the register when the value does not fit its data type
     */
    public static int[] encode(RegisterSpec spec, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("register " + spec.label() + ": cannot encode " + value);
        }
        BigDecimal raw = BigDecimal.valueOf(value).divide(BigDecimal.valueOf(spec.scale()), java.math.MathContext.DECIMAL64);
        long bits = switch (spec.dataType()) {
            case INT16 -> integer(spec, raw, Short.MIN_VALUE, Short.MAX_VALUE) & 0xFFFFL;
            case UINT16 -> integer(spec, raw, 0, 0xFFFF);
            case INT32 -> integer(spec, raw, Integer.MIN_VALUE, Integer.MAX_VALUE) & 0xFFFF_FFFFL;
            case UINT32 -> integer(spec, raw, 0, 0xFFFF_FFFFL);
            case FLOAT32 -> Float.floatToIntBits(raw.floatValue()) & 0xFFFF_FFFFL;
            case FLOAT64 -> Double.doubleToLongBits(raw.doubleValue());
        };
        int count = spec.words();
        int[] highFirst = new int[count];
        for (int i = count - 1; i >= 0; i--) {
            highFirst[i] = (int) (bits & 0xFFFF);
            bits >>>= 16;
        }
        return RegisterDecoder.highWordFirst(highFirst, spec.wordOrder());
    }

    private static long integer(RegisterSpec spec, BigDecimal raw, long min, long max) {
        BigDecimal rounded = raw.setScale(0, RoundingMode.HALF_EVEN);
        if (rounded.compareTo(BigDecimal.valueOf(min)) < 0 || rounded.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new IllegalArgumentException("register " + spec.label() + ": raw value " + rounded.toPlainString()
                    + " does not fit " + spec.dataType() + " (" + min + ".." + max + ")");
        }
        return rounded.longValueExact();
    }
}
