package io.meterhub.dashboard.calculator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.coverage.CoverageMap;
import io.meterhub.cabinet.coverage.GridCompanyRow;
import io.meterhub.cabinet.powercalculator.DeviceLine;
import io.meterhub.cabinet.powercalculator.DeviceType;
import io.meterhub.cabinet.powercalculator.EstimateLine;
import io.meterhub.cabinet.powercalculator.PowerCalculator;
import io.meterhub.cabinet.powercalculator.PowerEstimate;
import io.meterhub.dashboard.ui.ConnectionFormat;
import io.meterhub.dashboard.ui.DecimalField;
import io.meterhub.dashboard.ui.PublicPage;
import io.meterhub.dashboard.ui.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "Калькулятор мощности", open without login beside the cost calculator: the customer lists devices (kind, kW, count)
 * and gets the maximum power to apply for, line by line with the grid company's coincidence factors shown beside the
 * result, and a button that opens a new connection application with that power.
 */
@Route(PowerCalculatorView.ROUTE)
@AnonymousAllowed
public class PowerCalculatorView extends PublicPage {
    public static final String ROUTE = "calculator/power";
    /** The customer's applications page (connection feature) and its query parameter for the power, by their names, not classes. */
    static final String APPLY_ROUTE = "connection/applications";
    static final String APPLY_PARAMETER = "power";
    public static final String ORGANIZATION_ID = "power-organization";
    public static final String LINES_ID = "power-lines";
    public static final String ADD_ID = "power-add";
    public static final String CALCULATE_ID = "power-calculate";
    public static final String ERROR_ID = "power-error";
    public static final String RESULT_ID = "power-result";
    public static final String APPLY_KW_ID = "power-apply-kw";
    public static final String EXACT_KW_ID = "power-exact-kw";
    public static final String CLASS_ID = "power-class";
    public static final String FACTORS_ID = "power-factors";
    public static final String APPLY_ID = "power-apply";
    public static final String FEE_LINK_ID = "power-to-fee";

    private final transient PowerCalculator calculator;
    private final Select<GridCompanyRow> organization = new Select<>();
    private final Div lines = new Div();
    private final List<Row> rows = new ArrayList<>();
    private final Span error = new Span();
    private final Div result = new Div();
    private int nextRow;

    /** One device line of the form. */
    private record Row(int number, Div box, Select<DeviceType> type, DecimalField kw, IntegerField count) {
    }

    public PowerCalculatorView(PowerCalculator calculator, CoverageMap coverage) {
        super("power.title", "power.lead");
        this.calculator = calculator;
        RouterLink fee = new RouterLink(getTranslation("connection.calculator.title"), FeeCalculatorView.class);
        fee.setId(FEE_LINK_ID);
        add(fee);

        List<GridCompanyRow> companies = coverage.gridCompanies();
        organization.setId(ORGANIZATION_ID);
        organization.setLabel(getTranslation("connection.calculator.organization"));
        organization.setItems(companies);
        organization.setItemLabelGenerator(GridCompanyRow::name);
        organization.setVisible(companies.size() > 1);
        if (!companies.isEmpty()) {
            organization.setValue(companies.get(0));
        }
        organization.addValueChangeListener(change -> result.removeAll());

        lines.setId(LINES_ID);
        lines.setWidthFull();
        lines.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        Button addLine = new Button(getTranslation("power.add"), VaadinIcon.PLUS.create(), click -> addRow(null, null, 1));
        addLine.setId(ADD_ID);
        addLine.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button calculate = new Button(getTranslation("power.calculate"), click -> calculate());
        calculate.setId(CALCULATE_ID);
        calculate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        error.setId(ERROR_ID);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        result.setId(RESULT_ID);
        result.setWidthFull();
        add(organization, lines, addLine, calculate, error, result);
        addRow(DeviceType.LIGHTING, null, 1);
    }

    private void addRow(DeviceType type, BigDecimal kw, int count) {
        int number = nextRow++;
        Select<DeviceType> kind = new Select<>();
        kind.setId("power-line-" + number + "-type");
        kind.setLabel(getTranslation("power.type"));
        kind.setItems(DeviceType.values());
        kind.setItemLabelGenerator(t -> Texts.of(this, "power.type", t));
        kind.setValue(type);
        kind.getStyle().set("flex", "2 1 12em");
        DecimalField power = new DecimalField(getTranslation("power.kw"), true, BigDecimal.ZERO, true);
        power.setId("power-line-" + number + "-kw");
        power.setSuffixComponent(new Span(getTranslation("connection.fee.unit.kW")));
        power.show(kw);
        power.getStyle().set("flex", "1 1 6em");
        IntegerField many = new IntegerField(getTranslation("power.count"));
        many.setId("power-line-" + number + "-count");
        many.setMin(1);
        many.setMax(PowerCalculator.MAX_COUNT);
        many.setValue(count);
        many.setStepButtonsVisible(true);
        many.getStyle().set("flex", "1 1 7em");
        Div box = new Div();
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.setId("power-line-" + number + "-remove");
        remove.setAriaLabel(getTranslation("power.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Row row = new Row(number, box, kind, power, many);
        remove.addClickListener(click -> {
            rows.remove(row);
            lines.remove(box);
        });
        HorizontalLayout layout = new HorizontalLayout(kind, power, many, remove);
        layout.setWidthFull();
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.getStyle().set("flex-wrap", "wrap");
        box.add(layout);
        box.setId("power-line-" + number);
        rows.add(row);
        lines.add(box);
    }

    /** Reads every line (each field says what is wrong on itself), then asks the calculator. */
    void calculate() {
        error.setText("");
        result.removeAll();
        List<DeviceLine> devices = new ArrayList<>();
        boolean ok = true;
        for (Row row : rows) {
            Optional<BigDecimal> kw = row.kw().read();
            row.type().setInvalid(row.type().getValue() == null);
            row.type().setErrorMessage(getTranslation("connection.field.required"));
            ok &= kw.isPresent() && row.type().getValue() != null && !row.count().isInvalid();
            devices.add(new DeviceLine(row.type().getValue(), kw.orElse(null), row.count().getValue()));
        }
        if (!ok) {
            error.setText(getTranslation("connection.form.fix-fields"));
            return;
        }
        String organizationId = organization.getValue() == null ? null : organization.getValue().id();
        try {
            show(calculator.estimate(organizationId, devices));
        } catch (CabinetException e) {
            error.setText(Texts.refusal(this, e));
        }
    }

    private void show(PowerEstimate estimate) {
        Locale locale = getLocale();
        Div table = new Div();
        table.setId("power-breakdown");
        table.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        int n = 0;
        for (EstimateLine line : estimate.lines()) {
            Span text = new Span(Texts.of(this, "power.type", line.type()) + ": " + ConnectionFormat.number(line.kw(), locale) + " × "
                    + line.count() + " × " + factor(line.factor(), locale) + " = " + ConnectionFormat.number(line.demandKw(), locale) + " "
                    + getTranslation("connection.fee.unit.kW"));
            text.setId("power-breakdown-" + n++);
            table.add(text);
        }
        Span exact = new Span(getTranslation("power.exact", ConnectionFormat.number(estimate.exactKw(), locale)));
        exact.setId(EXACT_KW_ID);
        Span apply = new Span(ConnectionFormat.number(estimate.applyKw(), locale) + " " + getTranslation("connection.fee.unit.kW"));
        apply.setId(APPLY_KW_ID);
        Div applyLine = new Div(new Span(getTranslation("power.apply-for") + ": "), apply);
        applyLine.getStyle().set("font-weight", "700").set("font-size", "var(--lumo-font-size-xl)");
        Span powerClass = new Span(getTranslation("power.class." + estimate.powerClass().name()));
        powerClass.setId(CLASS_ID);
        powerClass.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span factors = new Span(getTranslation("power.factors", estimate.factors().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> Texts.of(this, "power.type", e.getKey()) + " " + factor(e.getValue(), locale)).collect(Collectors.joining("; "))));
        factors.setId(FACTORS_ID);
        factors.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Button start = new Button(getTranslation("power.start", ConnectionFormat.number(estimate.applyKw(), locale)), VaadinIcon.CONNECT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(APPLY_ROUTE, com.vaadin.flow.router.QueryParameters.of(APPLY_PARAMETER,
                        estimate.applyKw().toPlainString()))));
        start.setId(APPLY_ID);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Div card = new Div(table, exact, applyLine, powerClass, factors, start);
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box");
        result.add(card);
    }

    /** A coincidence factor as written: two decimals, the locale's separator ("0,65"). */
    static String factor(BigDecimal factor, Locale locale) {
        String text = factor.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return ConnectionFormat.english(locale) ? text : text.replace('.', ',');
    }
}
