package io.meterhub.dashboard.calculator;

import io.meterhub.dashboard.ui.ConnectionFormat;
import io.meterhub.dashboard.ui.Texts;
import io.meterhub.cabinet.connectionfee.FeeBreakdown;
import io.meterhub.cabinet.connectionfee.FeeLine;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.Locale;

/**
 * A fee breakdown as a table that folds on a phone: one row per line (what, quantity with its unit,
 * rate, amount), the total and the rule that applied. Ids for tests: {@code fee-line-<n>-amount},
 * {@link #TOTAL_ID}, {@link #BASIS_ID}.
 */
public class FeeBreakdownTable extends Div {
    public static final String ID = "fee-breakdown";
    public static final String TOTAL_ID = "fee-total";
    public static final String BASIS_ID = "fee-basis";

    public FeeBreakdownTable(FeeBreakdown breakdown, Locale locale) {
        setId(ID);
        setWidthFull();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        add(row("fee-head", getTranslation("connection.fee.item"), getTranslation("connection.fee.quantity"),
                getTranslation("connection.fee.rate"), getTranslation("connection.fee.amount"), true));
        int n = 0;
        for (FeeLine line : breakdown.lines()) {
            String quantity = ConnectionFormat.number(line.quantity(), locale) + " " + Texts.known(this, "connection.fee.unit." + line.unit(), line.unit());
            add(row("fee-line-" + n++, line.label(locale), quantity,
                    ConnectionFormat.money(line.rate(), locale), ConnectionFormat.money(line.amount(), locale), false));
        }
        Span total = new Span(ConnectionFormat.money(breakdown.total(), locale));
        total.setId(TOTAL_ID);
        Div totalLine = new Div(new Span(getTranslation("connection.fee.total") + ": "), total);
        totalLine.getStyle().set("font-weight", "700").set("font-size", "var(--lumo-font-size-l)").set("margin-top", "var(--lumo-space-s)");
        Span basis = new Span(breakdown.basisMessage(locale));
        basis.setId(BASIS_ID);
        basis.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(totalLine, basis);
    }

    private static Div row(String id, String item, String quantity, String rate, String amount, boolean head) {
        Div row = new Div(cell(id + "-item", item, "14em"), cell(id + "-quantity", quantity, "7em"), cell(id + "-rate", rate, "8em"),
                cell(id + "-amount", amount, "8em"));
        row.setId(id);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("column-gap", "var(--lumo-space-m)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-xs) 0");
        if (head) {
            row.getStyle().set("font-weight", "600").set("color", "var(--lumo-secondary-text-color)");
        }
        return row;
    }

    private static Span cell(String id, String text, String basis) {
        Span cell = new Span(text);
        cell.setId(id);
        cell.getStyle().set("flex", "1 1 " + basis);
        return cell;
    }
}
