package io.meterhub.cabinet.connectionfee;

import io.meterhub.cabinet.common.Messages;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The fee of one request: its lines and their total, rubles with kopecks, VAT included as in the rates.
 *
 * @param basis which rule applied, one of the constants here
 */
public record FeeBreakdown(String organizationId, int year, List<FeeLine> lines, BigDecimal total, String basis) {
    /** The preferential per-kW fee for up to 15 kW at 0.4 kV near the grid (п. 17 of the Rules). */
    public static final String PREFERENTIAL = "PREFERENTIAL";
    /** The reduced per-kW fee of people of the special categories. */
    public static final String SPECIAL_CATEGORY = "SPECIAL_CATEGORY";
    /** The standardized rates: per connection, per kW and per km of line. */
    public static final String STANDARD = "STANDARD";
    /** The applicant could pay the preferential fee, but the standardized rates come out lower, and the lower applies. */
    public static final String STANDARD_LOWER = "STANDARD_LOWER";

    public FeeBreakdown {
        lines = List.copyOf(lines);
    }

    /** The rule that applied, in the user's language. */
    public String basisMessage(Locale locale) {
        return Messages.format("connectionfee.basis." + basis, locale);
    }
}
