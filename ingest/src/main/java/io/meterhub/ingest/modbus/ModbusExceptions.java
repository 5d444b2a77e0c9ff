package io.meterhub.ingest.modbus;

/** Names of the Modbus exception codes (Modbus application protocol v1.1b3, section 7). */
final class ModbusExceptions {
    private ModbusExceptions() {
    }

    static String describe(int code) {
        String name = switch (code) {
            case 1 -> "illegal function";
            case 2 -> "illegal data address";
            case 3 -> "illegal data value";
            case 4 -> "server device failure";
            case 5 -> "acknowledge";
            case 6 -> "server device busy";
            case 8 -> "memory parity error";
            case 10 -> "gateway path unavailable";
            case 11 -> "gateway target device failed to respond";
            default -> "unknown exception code";
        };
        return "Modbus exception " + code + " (" + name + ")";
    }
}
