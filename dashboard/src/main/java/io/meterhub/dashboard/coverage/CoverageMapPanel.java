package io.meterhub.dashboard.coverage;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.meterhub.cabinet.coverage.CoverageMap;
import io.meterhub.cabinet.coverage.GridCompanyRow;
import io.meterhub.cabinet.coverage.Office;
import io.meterhub.cabinet.coverage.ServiceArea;
import io.meterhub.cabinet.coverage.SettlementAnswer;
import io.meterhub.cabinet.coverage.SettlementMatch;
import io.meterhub.cabinet.coverage.SettlementNames;
import io.meterhub.dashboard.chart.EChart;

import java.util.List;
import java.util.Optional;

/**
 * The coverage map as visitors and customers see it: the grid company (a choice when there are several), its areas
 * and offices on an ECharts map, the areas as a list (settlements, office and its address), and the search "is my
 * settlement served?" that answers with the company, the area and the office, highlighting the area, or says it is
 * not served.
 */
public class CoverageMapPanel extends VerticalLayout {
    public static final String ORGANIZATION_ID = "coverage-organization";
    public static final String CHART_ID = "coverage-chart";
    public static final String AREAS_ID = "coverage-areas";
    public static final String EMPTY_ID = "coverage-empty";
    public static final String SEARCH_ID = "coverage-search";
    public static final String FIND_ID = "coverage-find";
    public static final String RESULT_ID = "coverage-result";

    private final transient CoverageMap map;
    private final Select<GridCompanyRow> organization = new Select<>();
    private final EChart chart = new EChart();
    private final Div areasList = new Div();
    private final Span empty = new Span();
    private final TextField search = new TextField();
    private final Div result = new Div();
    private transient List<ServiceArea> areas = List.of();

    public CoverageMapPanel(CoverageMap map) {
        this.map = map;
        setPadding(false);
        setWidthFull();

        search.setId(SEARCH_ID);
        search.setLabel(getTranslation("coverage.search"));
        search.setPlaceholder(getTranslation("coverage.search.placeholder"));
        search.setMaxLength(SettlementNames.MAX_LENGTH);
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.getStyle().set("flex", "1 1 14em");
        Button find = new Button(getTranslation("coverage.find"), click -> find());
        find.setId(FIND_ID);
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER);
        HorizontalLayout searchRow = new HorizontalLayout(search, find);
        searchRow.setWidthFull();
        searchRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        searchRow.getStyle().set("flex-wrap", "wrap");
        result.setId(RESULT_ID);
        result.setWidthFull();

        List<GridCompanyRow> companies = map.gridCompanies().stream().filter(c -> !map.areas(c.id()).isEmpty()).toList();
        organization.setId(ORGANIZATION_ID);
        organization.setLabel(getTranslation("coverage.organization"));
        organization.setItems(companies);
        organization.setItemLabelGenerator(GridCompanyRow::name);
        organization.setVisible(companies.size() > 1);
        organization.addValueChangeListener(change -> show(change.getValue(), null));

        chart.setId(CHART_ID);
        chart.setHeight("min(70vh, 460px)");
        chart.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("box-sizing", "border-box").set("background", "#f8fafc");
        empty.setId(EMPTY_ID);
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        areasList.setId(AREAS_ID);
        areasList.setWidthFull();
        areasList.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");

        add(searchRow, result, organization, chart, empty, new H3(getTranslation("coverage.areas")), areasList);
        if (companies.isEmpty()) {
            show(null, null);
        } else {
            organization.setValue(companies.get(0));
        }
    }

    /** Draws the company's areas, the one named {@code found} highlighted. */
    private void show(GridCompanyRow company, String found) {
        areas = company == null ? List.of() : map.areas(company.id());
        areasList.removeAll();
        chart.setVisible(!areas.isEmpty());
        empty.setText(areas.isEmpty() ? getTranslation("coverage.none") : "");
        empty.setVisible(areas.isEmpty());
        if (company == null || areas.isEmpty()) {
            return;
        }
        chart.registerMap(CoverageChart.mapName(company.id()), CoverageChart.geoJson(areas));
        chart.setOption(CoverageChart.option(company.id(), areas, found, getTranslation("coverage.offices")));
        for (ServiceArea area : areas) {
            areasList.add(areaCard(area, area.name().equals(found)));
        }
    }

    private Div areaCard(ServiceArea area, boolean found) {
        Span name = new Span(area.name());
        name.getStyle().set("font-weight", "600");
        Div card = new Div(name);
        card.setId("coverage-area-" + area.id());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("flex", "1 1 16em").set("box-sizing", "border-box")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("background", found ? "#fef3c7" : "transparent");
        if (!area.settlements().isEmpty()) {
            card.add(secondary(String.join(", ", area.settlements())));
        }
        card.add(new Span(officeLine(area.office())));
        return card;
    }

    private String officeLine(Optional<Office> office) {
        return office.map(o -> getTranslation("coverage.office", o.name() + (o.address() == null ? "" : ", " + o.address())))
                .orElse(getTranslation("coverage.office.none"));
    }

    /** Answers the search and, when the settlement is served, shows its company's map with its area highlighted. */
    void find() {
        result.removeAll();
        SettlementAnswer answer = map.find(search.getValue());
        if (!answer.served() && !areas.isEmpty()) {
            // the area an earlier search highlighted is not this answer's
            show(organization.getValue(), null);
        }
        if (!answer.asked()) {
            result.add(line("coverage-result-ask", getTranslation("coverage.result.ask"), "var(--lumo-secondary-text-color)"));
            return;
        }
        if (!answer.served()) {
            result.add(line("coverage-result-not-served", getTranslation("coverage.result.not-served", answer.query()), "var(--lumo-error-text-color)"));
            return;
        }
        for (SettlementMatch match : answer.matches()) {
            Div served = line("coverage-result-served-" + match.areaId(), getTranslation("coverage.result.served", match.settlement(),
                    match.organizationName(), match.areaName()), "var(--lumo-success-text-color)");
            served.add(new Div(new Span(officeLine(match.office()))));
            result.add(served);
        }
        SettlementMatch first = answer.matches().get(0);
        organization.getListDataView().getItems().filter(c -> c.id().equals(first.organizationId())).findFirst().ifPresent(company -> {
            if (!company.equals(organization.getValue())) {
                organization.setValue(company);
            }
            show(company, first.areaName());
        });
    }

    private static Div line(String id, String text, String color) {
        Span span = new Span(text);
        span.getStyle().set("color", color).set("font-weight", "600");
        Div line = new Div(span);
        line.setId(id);
        line.getStyle().set("padding", "var(--lumo-space-xs) 0");
        return line;
    }

    private static Span secondary(String text) {
        Span span = new Span(text);
        span.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return span;
    }
}
