package io.meterhub.cabinet.loading;

import java.util.Locale;

/**
 * A column of a load's file: its Russian header (what the file's user reads and writes), whether a
 * row may leave it empty, the template's example value and the explanation on the template's second sheet.
 */
public record Column(String header, boolean required, String example, String help) {
    /** Headers match whatever their case, surrounding spaces, ё or the asterisk a required column may carry. */
    static String normalized(String header) {
        return header == null ? "" : header.strip().replace('ё', 'е').replace('Ё', 'Е').replaceAll("\\*$", "").strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    boolean matches(String header) {
        return normalized(this.header).equals(normalized(header));
    }
}
