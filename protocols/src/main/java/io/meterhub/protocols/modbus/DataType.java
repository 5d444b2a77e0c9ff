package io.meterhub.protocols.modbus;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a register's 16-bit words hold a number. */
public enum DataType {
    INT16(1, true),
    UINT16(1, true),
    INT32(2, true),
    UINT32(2, true),
    FLOAT32(2, false),
    FLOAT64(4, false);

    private final int words;
    private final boolean integer;

    DataType(int words, boolean integer) {
        this.words = words;
        this.integer = integer;
    }

    /** How many 16-bit registers one value occupies. */
    public int words() {
        return words;
    }

    public boolean isInteger() {
        return integer;
    }

    /** Case-insensitive lookup, so that profile files may say {@code float32} or {@code FLOAT32}. */
    public static Optional<DataType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.name().equals(wanted)).findFirst();
    }
}
