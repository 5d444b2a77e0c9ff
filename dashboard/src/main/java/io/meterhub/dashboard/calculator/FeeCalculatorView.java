package io.meterhub.dashboard.calculator;

import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.connectionfee.ConnectionFeeCalculator;
import io.meterhub.cabinet.connectionfee.FeeBreakdown;
import io.meterhub.cabinet.connectionfee.FeeRequest;
import io.meterhub.cabinet.connectionfee.OrganizationRef;
import io.meterhub.cabinet.connectionfee.VoltageLevel;
import io.meterhub.dashboard.ui.DecimalField;
import io.meterhub.dashboard.ui.PublicPage;
import io.meterhub.dashboard.ui.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The cost of a grid connection, open without login: the grid company, the year, the applicant's
 * category, the maximum power, the power already connected, the voltage, the length of new line
 * and the special (preferential) category give the breakdown from {@link ConnectionFeeCalculator}
 * with its total. Every field says on itself what is wrong with it; nothing typed is lost.
 */
@Route(FeeCalculatorView.ROUTE)
@AnonymousAllowed
public class FeeCalculatorView extends PublicPage {
    public static final String ROUTE = "calculator";
    public static final String ORGANIZATION_ID = "calc-organization";
    public static final String YEAR_ID = "calc-year";
    public static final String CATEGORY_ID = "calc-category";
    public static final String POWER_ID = "calc-power";
    public static final String CONNECTED_ID = "calc-connected";
    public static final String VOLTAGE_ID = "calc-voltage";
    public static final String LINE_ID = "calc-line-km";
    public static final String SPECIAL_ID = "calc-special";
    public static final String CALCULATE_ID = "calc-calculate";
    public static final String ERROR_ID = "calc-error";
    public static final String RESULT_ID = "calc-result";
    public static final String DECISION_ID = "calc-decision";
    public static final String POWER_LINK_ID = "calc-to-power";

    private final transient ConnectionFeeCalculator calculator;
    private final Select<Integer> year = new Select<>();
    private final Select<OrganizationRef> organization = new Select<>();
    private final Select<ApplicantCategory> category = new Select<>();
    private final DecimalField power;
    private final DecimalField connected;
    private final Select<VoltageLevel> voltage = new Select<>();
    private final DecimalField lineKm;
    private final Checkbox special = new Checkbox();
    private final Span error = new Span();
    private final Div result = new Div();

    public FeeCalculatorView(ConnectionFeeCalculator calculator, Clock clock) {
        super("connection.calculator.title", "connection.calculator.lead");
        this.calculator = calculator;
        int thisYear = LocalDate.now(clock).getYear();

        year.setId(YEAR_ID);
        year.setLabel(getTranslation("connection.calculator.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 1, thisYear + 1).boxed().toList());
        year.setValue(thisYear);
        year.addValueChangeListener(change -> loadOrganizations());

        organization.setId(ORGANIZATION_ID);
        organization.setLabel(getTranslation("connection.calculator.organization"));
        organization.setItemLabelGenerator(OrganizationRef::name);
        organization.setRequiredIndicatorVisible(true);
        organization.addValueChangeListener(change -> organization.setInvalid(false));

        category.setId(CATEGORY_ID);
        category.setLabel(getTranslation("connection.category"));
        category.setItems(ApplicantCategory.values());
        category.setItemLabelGenerator(c -> Texts.of(this, "connectionfee.category", c));
        category.setValue(ApplicantCategory.INDIVIDUAL);

        power = new DecimalField(getTranslation("connection.power.max"), true, BigDecimal.ZERO, true);
        power.setId(POWER_ID);
        power.setSuffixComponent(new Span(getTranslation("connection.fee.unit.kW")));
        connected = new DecimalField(getTranslation("connection.power.connected"), false, BigDecimal.ZERO, false);
        connected.setId(CONNECTED_ID);
        connected.setSuffixComponent(new Span(getTranslation("connection.fee.unit.kW")));
        connected.setHelperText(getTranslation("connection.power.connected.help"));

        voltage.setId(VOLTAGE_ID);
        voltage.setLabel(getTranslation("connection.voltage"));
        voltage.setItems(VoltageLevel.values());
        voltage.setItemLabelGenerator(v -> Texts.of(this, "connectionfee.voltage", v));
        voltage.setValue(VoltageLevel.LV_0_4);

        lineKm = new DecimalField(getTranslation("connection.calculator.line-km"), false, BigDecimal.ZERO, false);
        lineKm.setId(LINE_ID);
        lineKm.setSuffixComponent(new Span(getTranslation("connection.fee.unit.km")));
        lineKm.setHelperText(getTranslation("connection.calculator.line-km.help"));

        special.setId(SPECIAL_ID);
        special.setLabel(getTranslation("connection.calculator.special"));

        FormLayout form = new FormLayout(organization, year, category, voltage, power, connected, lineKm, special);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        form.setWidthFull();

        Button calculate = new Button(getTranslation("connection.calculator.calculate"), click -> calculate());
        calculate.setId(CALCULATE_ID);
        calculate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        error.setId(ERROR_ID);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        result.setId(RESULT_ID);
        result.setWidthFull();
        // the power calculator gives the maximum power to put in here
        com.vaadin.flow.router.RouterLink powerCalculator = new com.vaadin.flow.router.RouterLink(getTranslation("power.title"),
                PowerCalculatorView.class);
        powerCalculator.setId(POWER_LINK_ID);
        add(powerCalculator, form, calculate, error, result);
        loadOrganizations();
    }

    private void loadOrganizations() {
        OrganizationRef chosen = organization.getValue();
        List<OrganizationRef> organizations = year.getValue() == null ? List.of() : calculator.organizationsWithRates(year.getValue());
        organization.setItems(organizations);
        Optional<OrganizationRef> same = chosen == null ? Optional.empty()
                : organizations.stream().filter(o -> o.id().equals(chosen.id())).findFirst();
        organization.setValue(same.orElse(organizations.size() == 1 ? organizations.get(0) : null));
        if (organizations.isEmpty()) {
            organization.setHelperText(getTranslation("connection.calculator.no-rates"));
        } else {
            organization.setHelperText(null);
        }
    }

    /** Checks every field (each says what is wrong), then asks the calculator. */
    void calculate() {
        error.setText("");
        result.removeAll();
        boolean ok = true;
        if (organization.getValue() == null) {
            organization.setErrorMessage(getTranslation("connection.field.required"));
            organization.setInvalid(true);
            ok = false;
        }
        Optional<BigDecimal> max = power.read();
        Optional<BigDecimal> already = connected.read();
        Optional<BigDecimal> km = lineKm.read();
        ok &= max.isPresent() && !connected.isInvalid() && !lineKm.isInvalid();
        if (!ok) {
            error.setText(getTranslation("connection.form.fix-fields"));
            return;
        }
        FeeRequest request = new FeeRequest(category.getValue(), max.get(), already.orElse(BigDecimal.ZERO), voltage.getValue(),
                km.orElse(BigDecimal.ZERO), special.getValue());
        try {
            FeeBreakdown breakdown = calculator.calculate(organization.getValue().id(), year.getValue(), request);
            result.add(new FeeBreakdownTable(breakdown, getLocale()));
            calculator.decision(breakdown.organizationId(), breakdown.year()).ifPresent(decision -> {
                Span source = new Span(getTranslation("connection.calculator.decision", decision));
                source.setId(DECISION_ID);
                source.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
                result.add(source);
            });
        } catch (CabinetException e) {
            String text = Texts.refusal(this, e);
            DecimalField field = switch (e.code()) {
                case ConnectionFeeCalculator.NO_INCREASE, ConnectionFeeCalculator.POWER_NOT_POSITIVE -> power;
                case ConnectionFeeCalculator.ALREADY_CONNECTED_NEGATIVE -> connected;
                case ConnectionFeeCalculator.LINE_NEGATIVE -> lineKm;
                default -> null;
            };
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
            error.setText(text);
        }
    }
}
