package io.meterhub.cabinet.receipts;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How the receipt writes zones, units and amounts: Russian names, a space between thousands, a decimal comma. */
final class ReceiptFormat {
    private ReceiptFormat() {
    }

    static String zoneName(int zone, int zonesOfCharge) {
        if (zone == 0) {
            return "—";
        }
        if (zonesOfCharge >= 3 || zone == 3) {
            return "T" + zone + " " + switch (zone) {
                case 1 -> "пик";
                case 2 -> "полупик";
                default -> "ночь";
            };
        }
        if (zonesOfCharge == 2) {
            return "T" + zone + " " + (zone == 1 ? "день" : "ночь");
        }
        return "T" + zone;
    }

    static String unit(String unit) {
        return switch (unit == null ? "" : unit) {
            case "kWh" -> "кВт·ч";
            case "m3" -> "м³";
            case "Gcal" -> "Гкал";
            case "month" -> "мес.";
            default -> unit == null ? "" : unit;
        };
    }

    static String money(BigDecimal amount) {
        return format(amount, "#,##0.00");
    }

    static String price(BigDecimal price) {
        return format(price, "#,##0.00##");
    }

    static String quantity(BigDecimal quantity) {
        return format(quantity, "#,##0.###");
    }

    static String format(BigDecimal value, String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
