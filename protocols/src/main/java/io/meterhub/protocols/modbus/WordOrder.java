package io.meterhub.protocols.modbus;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The order of the 16-bit words of a multi-word value. Bytes inside a word are always big-endian
 * (the Modbus specification fixes that); the word order is what vendors disagree on: Eastron sends
 * the high word first, Carlo Gavazzi the low word first.
 */
public enum WordOrder {
    HIGH_WORD_FIRST,
    LOW_WORD_FIRST;

    public static Optional<WordOrder> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(order -> order.name().equals(wanted)).findFirst();
    }
}
