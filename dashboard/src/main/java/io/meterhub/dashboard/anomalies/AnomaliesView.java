package io.meterhub.dashboard.anomalies;

import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.dashboard.ui.RequiresModule;
import io.meterhub.cabinet.anomalies.Anomaly;
import io.meterhub.cabinet.anomalies.AnomalyAction;
import io.meterhub.cabinet.anomalies.AnomalyFilter;
import io.meterhub.protocols.anomaly.AnomalyKind;
import io.meterhub.cabinet.anomalies.AnomalyQueue;
import io.meterhub.cabinet.anomalies.AnomalyReviewService;
import io.meterhub.cabinet.anomalies.AnomalyStatus;
import io.meterhub.protocols.anomaly.Severity;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.dashboard.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The operator's queue of anomalies of their organization, newest first: filters by kind, severity,
 * status and age, the counts per status and per kind, and the actions on one row or on the selected
 * rows (acknowledge; resolve with a resolution chosen in a dialog). A row opens its detail.
 */
@Menu(title = "nav.anomalies", order = 13, icon = "vaadin:warning")
@RequiresModule(StaffModule.REGISTRY)
@Route(value = AnomaliesView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
public class AnomaliesView extends AnomalyPage {
    public static final String ROUTE = "anomalies";
    /** How many rows the grid holds at most; the counts say how many there are. */
    public static final int LIMIT = 500;
    public static final String GRID_ID = "anomalies-grid";
    public static final String KIND_ID = "anomalies-kind";
    public static final String SEVERITY_ID = "anomalies-severity";
    public static final String STATUS_ID = "anomalies-status";
    public static final String AGE_ID = "anomalies-age";
    public static final String TOTAL_ID = "anomalies-total";
    public static final String STATUS_COUNTS_ID = "anomalies-status-counts";
    public static final String KIND_COUNTS_ID = "anomalies-kind-counts";
    public static final String BULK_ACK_ID = "anomalies-bulk-acknowledge";
    public static final String BULK_RESOLVE_ID = "anomalies-bulk-resolve";
    public static final String ACTIONS_COLUMN = "actions";
    private static final List<Integer> AGES = List.of(1, 24, 72, 168, 720);

    private final Select<AnomalyKind> kind = new Select<>();
    private final Select<Severity> severity = new Select<>();
    private final Select<AnomalyStatus> status = new Select<>();
    private final Select<Integer> age = new Select<>();
    private final Span total = new Span();
    private final Span statusCounts = new Span();
    private final Span kindCounts = new Span();
    private final Grid<Anomaly> grid = new Grid<>();

    public AnomaliesView(AuthenticationContext authentication, AnomalyReviewService service) {
        super("operator.anomalies.title", authentication, service);
        if (operator == null) {
            return;
        }
        kind.setId(KIND_ID);
        kind.setLabel(getTranslation("operator.anomalies.filter.kind"));
        kind.setItems(AnomalyKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("operator.anomalies.filter.any") : text("kind", k));
        severity.setId(SEVERITY_ID);
        severity.setLabel(getTranslation("operator.anomalies.filter.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> s == null ? getTranslation("operator.anomalies.filter.any") : text("severity", s));
        status.setId(STATUS_ID);
        status.setLabel(getTranslation("operator.anomalies.filter.status"));
        status.setItems(AnomalyStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("operator.anomalies.filter.any") : text("status", s));
        age.setId(AGE_ID);
        age.setLabel(getTranslation("operator.anomalies.filter.age"));
        age.setItems(AGES);
        // The empty choice is labelled too (Select asks for null): "any", not a missing key.
        age.setItemLabelGenerator(hours -> hours == null ? getTranslation("operator.anomalies.filter.any") : getTranslation("operator.anomalies.age." + hours));
        for (Select<?> filter : List.of(kind, severity, status, age)) {
            filter.setEmptySelectionAllowed(true);
            filter.setEmptySelectionCaption(getTranslation("operator.anomalies.filter.any"));
            filter.addValueChangeListener(change -> refresh());
        }
        HorizontalLayout filters = new HorizontalLayout(kind, severity, status, age);
        filters.getStyle().set("flex-wrap", "wrap");

        total.setId(TOTAL_ID);
        statusCounts.setId(STATUS_COUNTS_ID);
        kindCounts.setId(KIND_COUNTS_ID);
        for (Span counts : List.of(statusCounts, kindCounts)) {
            counts.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        }

        Button bulkAcknowledge = new Button(getTranslation("operator.anomalies.bulk.acknowledge"), click -> acknowledge(selected()));
        bulkAcknowledge.setId(BULK_ACK_ID);
        Button bulkResolve = new Button(getTranslation("operator.anomalies.bulk.resolve"), click -> resolve(selected()));
        bulkResolve.setId(BULK_RESOLVE_ID);
        bulkResolve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bulk = new HorizontalLayout(bulkAcknowledge, bulkResolve);
        bulk.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.setId(GRID_ID);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(a -> time(a.startedAt())).setKey("started").setHeader(getTranslation("operator.anomalies.column.started")).setAutoWidth(true);
        grid.addColumn(Anomaly::meterId).setKey("meter").setHeader(getTranslation("operator.anomalies.column.meter")).setAutoWidth(true);
        grid.addColumn(a -> text("kind", a.kind())).setKey("kind").setHeader(getTranslation("operator.anomalies.column.kind")).setAutoWidth(true);
        grid.addColumn(a -> text("severity", a.severity())).setKey("severity").setHeader(getTranslation("operator.anomalies.column.severity"));
        grid.addColumn(a -> score(a.score())).setKey("score").setHeader(getTranslation("operator.anomalies.column.score"));
        grid.addColumn(a -> text("status", a.status())).setKey("status").setHeader(getTranslation("operator.anomalies.column.status"));
        grid.addColumn(a -> a.resolution() == null ? (a.assignee() == null ? "" : a.assignee()) : text("resolution", a.resolution()))
                .setKey("outcome").setHeader(getTranslation("operator.anomalies.column.outcome")).setAutoWidth(true);
        grid.addComponentColumn(this::rowActions).setKey(ACTIONS_COLUMN).setHeader(getTranslation("operator.anomalies.column.actions"))
                .setAutoWidth(true);
        grid.setWidthFull();
        grid.setAllRowsVisible(true);

        add(filters, total, statusCounts, kindCounts, bulk, grid);
        refresh();
    }

    private HorizontalLayout rowActions(Anomaly anomaly) {
        Anchor open = new Anchor(ROUTE + "/" + anomaly.id(), getTranslation("operator.anomalies.open"));
        open.setId("anomaly-open-" + anomaly.id());
        HorizontalLayout actions = new HorizontalLayout(open);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (anomaly.status() == AnomalyStatus.OPEN) {
            Button acknowledge = new Button(getTranslation("operator.anomalies.acknowledge"), click -> acknowledge(List.of(anomaly)));
            acknowledge.setId("anomaly-acknowledge-" + anomaly.id());
            acknowledge.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(acknowledge);
        }
        if (anomaly.status() != AnomalyStatus.RESOLVED) {
            Button resolve = new Button(getTranslation("operator.anomalies.resolve"), click -> resolve(List.of(anomaly)));
            resolve.setId("anomaly-resolve-" + anomaly.id());
            resolve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(resolve);
        }
        return actions;
    }

    private List<Anomaly> selected() {
        return new ArrayList<>(grid.getSelectedItems());
    }

    private void acknowledge(List<Anomaly> anomalies) {
        if (anomalies.isEmpty()) {
            notify(getTranslation("operator.anomalies.error." + AnomalyReviewService.NOTHING_SELECTED), true);
            return;
        }
        try {
            service.bulk(operator, anomalies.stream().map(Anomaly::id).toList(), new AnomalyAction.Acknowledge());
            notify(getTranslation("operator.anomalies.acknowledged", anomalies.size()), false);
        } catch (CabinetException e) {
            notify(refusal(e), true);
        }
        refresh();
    }

    private void resolve(List<Anomaly> anomalies) {
        if (anomalies.isEmpty()) {
            notify(getTranslation("operator.anomalies.error." + AnomalyReviewService.NOTHING_SELECTED), true);
            return;
        }
        askResolution(anomalies);
    }

    /** The filter as chosen. */
    public AnomalyFilter filter() {
        return new AnomalyFilter(kind.getValue(), severity.getValue(), status.getValue(), age.getValue());
    }

    @Override
    protected void refresh() {
        AnomalyQueue queue = service.queue(operator, filter(), 0, LIMIT);
        grid.deselectAll();
        grid.setItems(queue.page().items());
        total.setText(queue.page().total() > queue.page().items().size()
                ? getTranslation("operator.anomalies.total-more", queue.page().total(), queue.page().items().size())
                : getTranslation("operator.anomalies.total", queue.page().total()));
        statusCounts.setText(getTranslation("operator.anomalies.by-status") + ": " + counts(queue.byStatus(), "status"));
        kindCounts.setText(getTranslation("operator.anomalies.by-kind") + ": " + counts(queue.byKind(), "kind"));
    }

    private <E extends Enum<E>> String counts(Map<E, Long> counts, String prefix) {
        if (counts.isEmpty()) {
            return "0";
        }
        return counts.entrySet().stream().map(e -> text(prefix, e.getKey()) + " " + e.getValue()).collect(Collectors.joining(" · "));
    }
}
