package io.meterhub.protocols.modbus;

import io.meterhub.protocols.telemetry.Obis;

import java.util.Objects;

/**
 * One value a meter model exposes over Modbus, as its manual documents it.
 *
 * @param obis         the register in the telemetry contract (short OBIS form, e.g. {@code 1.8.0})
 * @param functionCode 3 (holding registers) or 4 (input registers)
 * @param address      0-based protocol address, as sent on the wire (manual register 30001 is address 0)
 * @param dataType     how the words hold the number
 * @param wordOrder    order of the words of multi-word types
 * @param scale        multiplier applied after decoding: the manual's weight (x10 means 0.1) and any
 *                     unit conversion to the contract's unit (W to kW is 0.001)
 * @param priority     how often the register is worth reading
 * @param description  what the manual calls it
 */
public record RegisterSpec(String obis, int functionCode, int address, DataType dataType, WordOrder wordOrder,
                           double scale, PollPriority priority, String description) {

    public static final int READ_HOLDING_REGISTERS = 3;
    public static final int READ_INPUT_REGISTERS = 4;
    private static final int LAST_ADDRESS = 0xFFFF;

    public RegisterSpec {
        if (!Obis.isValid(obis)) {
            throw new IllegalArgumentException("register at address " + address + ": OBIS code '" + obis
                    + "' is not in short form C.D.E (e.g. 1.8.0)");
        }
        if (functionCode != READ_HOLDING_REGISTERS && functionCode != READ_INPUT_REGISTERS) {
            throw new IllegalArgumentException("register " + obis + ": function code " + functionCode
                    + " is not readable here (expected 3 holding or 4 input registers)");
        }
        Objects.requireNonNull(dataType, () -> "register " + obis + ": data type is missing");
        if (address < 0 || address + dataType.words() - 1 > LAST_ADDRESS) {
            throw new IllegalArgumentException("register " + obis + ": address " + address + " with "
                    + dataType.words() + " word(s) is outside 0..65535");
        }
        wordOrder = wordOrder == null ? WordOrder.HIGH_WORD_FIRST : wordOrder;
        if (!Double.isFinite(scale) || scale == 0) {
            throw new IllegalArgumentException("register " + obis + ": scale " + scale + " must be a finite, non-zero number");
        }
        priority = priority == null ? (Obis.isCumulative(obis) ? PollPriority.ENERGY : PollPriority.INSTANT) : priority;
        description = description == null ? "" : description;
    }

    public int words() {
        return dataType.words();
    }

    /** The first address after this register. */
    public int endAddress() {
        return address + dataType.words();
    }

    /** Names the register in messages: OBIS, function code and address in the manual's hex. */
    public String label() {
        return obis + " (FC" + functionCode + String.format(" 0x%04X", address) + ")";
    }
}
