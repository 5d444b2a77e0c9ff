package io.meterhub.protocols.telemetry;

/**
 * Helpers over OBIS register codes in their short "C.D.E" form (for example {@code 1.8.0}).
 * Codes travel as plain strings through the pipeline because they are keys in hot maps; this
 * class gives them meaning.
 */
public final class Obis {
    public static final String ENERGY_IMPORT_TOTAL = "1.8.0";
    public static final String ENERGY_EXPORT_TOTAL = "2.8.0";
    public static final String ACTIVE_POWER = "1.7.0";

    private Obis() {
    }

    /** Same as the pattern \\d{1,3}\\.\\d{1,3}\\.\\d{1,3}, by hand: it runs for every value of every document. */
    public static boolean isValid(String code) {
        if (code == null) {
            return false;
        }
        int groups = 0;
        int digits = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 3) {
                    return false;
                }
            } else if (c == '.' && digits > 0 && groups < 2) {
                groups++;
                digits = 0;
            } else {
                return false;
            }
        }
        return groups == 2 && digits > 0;
    }

    /** Cumulative energy registers (processing type 8, "time integral") never decrease in normal operation. */
    public static boolean isCumulative(String code) {
        int first = code.indexOf('.');
        int second = code.indexOf('.', first + 1);
        return first > 0 && second > first && code.substring(first + 1, second).equals("8");
    }

    /** The tariff number of a cumulative register: 0 for the total, 1..9 for tariff registers. */
    public static int tariff(String code) {
        return Integer.parseInt(code.substring(code.lastIndexOf('.') + 1));
    }

    /** The quantity a register measures (1 import, 2 export, 3/4 reactive, 31.. currents, 32.. voltages). */
    public static int quantity(String code) {
        return Integer.parseInt(code.substring(0, code.indexOf('.')));
    }

    public static String unit(String code) {
        int quantity = quantity(code);
        boolean cumulative = isCumulative(code);
        if (quantity == 1 || quantity == 2) {
            return cumulative ? "kWh" : "kW";
        }
        if (quantity == 3 || quantity == 4) {
            return cumulative ? "kvarh" : "kvar";
        }
        if (quantity == 14) {
            return "Hz";
        }
        if (quantity % 20 == 12) {
            return "V";
        }
        if (quantity % 20 == 11) {
            return "A";
        }
        return "";
    }
}
