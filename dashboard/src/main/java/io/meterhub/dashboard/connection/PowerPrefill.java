package io.meterhub.dashboard.connection;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The maximum power a new application starts with when the power calculator opened it: the query parameter
 * {@value #PARAMETER} ("connection/applications?power=12"), carried from the new application to its form until step 3
 * shows it. Anything but a power the form takes (more than 0, at most 100 000 kW, two decimals) is ignored.
 */
public final class PowerPrefill {
    public static final String PARAMETER = "power";
    private static final BigDecimal MAX_KW = new BigDecimal("100000");

    private PowerPrefill() {
    }

    public static Optional<BigDecimal> read(Location location) {
        return location.getQueryParameters().getSingleParameter(PARAMETER).flatMap(PowerPrefill::parse);
    }

    static Optional<BigDecimal> parse(String text) {
        if (text == null || text.length() > 12) {
            return Optional.empty();
        }
        try {
            BigDecimal kw = new BigDecimal(text.strip().replace(',', '.'));
            return kw.signum() > 0 && kw.compareTo(MAX_KW) <= 0 && kw.stripTrailingZeros().scale() <= 2 ? Optional.of(kw.stripTrailingZeros())
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Opens the route with the power as its query ("connection/applications/5/form/1?power=12"), or the route alone. */
    public static void navigate(UI ui, String route, Optional<BigDecimal> power) {
        ui.navigate(route, power.map(kw -> QueryParameters.of(PARAMETER, kw.toPlainString())).orElse(QueryParameters.empty()));
    }
}
