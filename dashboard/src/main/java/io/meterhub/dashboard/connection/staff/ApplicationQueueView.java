package io.meterhub.dashboard.connection.staff;

import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.dashboard.ui.RequiresModule;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.Page;
import io.meterhub.cabinet.connection.ApplicationStatus;
import io.meterhub.cabinet.connection.ApplicationSummary;
import io.meterhub.cabinet.connection.ConnectionFeature;
import io.meterhub.cabinet.connection.QueueFilter;
import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.access.Role;
import io.meterhub.dashboard.services.CurrentViewer;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.connection.ApplicationFacts;
import io.meterhub.dashboard.ui.ConnectionFormat;
import io.meterhub.dashboard.ui.Texts;
import io.meterhub.dashboard.ui.OperatorPage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import io.meterhub.cabinet.organizations.OrganizationKind;
import io.meterhub.dashboard.ui.ForOrganizations;

import java.util.List;

/**
 * The queue of grid connection applications: for the grid company's staff those filed with it, for a
 * supplier's staff those that chose it; nearest deadline first, overdue ones first and marked. Filters
 * by status, applicant category, overdue only and a text (number, applicant, address, cadastral number).
 */
@Menu(title = "nav.connection-queue", order = 14, icon = "vaadin:connect")
@RequiresModule(StaffModule.APPEALS)
@ForOrganizations(OrganizationKind.GRID_COMPANY)
@Route(value = ApplicationQueueView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME, Role.SUPPLIER_NAME})
public class ApplicationQueueView extends OperatorPage {
    public static final String ROUTE = "connection/queue";
    /** How many rows the grid holds at most; the total says how many there are. */
    public static final int LIMIT = 500;
    public static final String GRID_ID = "queue-grid";
    public static final String STATUS_ID = "queue-status";
    public static final String CATEGORY_ID = "queue-category";
    public static final String OVERDUE_ID = "queue-overdue";
    public static final String TEXT_ID = "queue-text";
    public static final String TOTAL_ID = "queue-total";

    private final transient ConnectionFeature service;
    private final transient Viewer staff;
    private final Select<ApplicationStatus> status = new Select<>();
    private final Select<ApplicantCategory> category = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final TextField text = new TextField();
    private final Span total = new Span();
    private final Grid<ApplicationSummary> grid = new Grid<>();

    public ApplicationQueueView(AuthenticationContext authentication, ConnectionFeature service) {
        super(CurrentViewer.of(authentication).map(v -> v.role().staff()).orElse(true) ? "connection.queue.title" : "connection.queue.supplier-title");
        this.service = service;
        this.staff = CurrentViewer.require(authentication);
        setMaxWidth("1400px");
        setWidthFull();

        status.setId(STATUS_ID);
        status.setLabel(getTranslation("connection.status"));
        status.setItems(List.of(ApplicationStatus.values()).stream().filter(s -> s != ApplicationStatus.DRAFT).toList());
        status.setItemLabelGenerator(s -> Texts.status(this, s));
        category.setId(CATEGORY_ID);
        category.setLabel(getTranslation("connection.category"));
        category.setItems(ApplicantCategory.values());
        category.setItemLabelGenerator(c -> Texts.of(this, "connectionfee.category", c));
        for (Select<?> filter : List.of(status, category)) {
            filter.setEmptySelectionAllowed(true);
            filter.setEmptySelectionCaption(getTranslation("connection.queue.any"));
            filter.addValueChangeListener(change -> refresh());
        }
        overdue.setId(OVERDUE_ID);
        overdue.setLabel(getTranslation("connection.queue.overdue-only"));
        overdue.addValueChangeListener(change -> refresh());
        text.setId(TEXT_ID);
        text.setLabel(getTranslation("connection.queue.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = ApplicationFacts.row(status, category, text, overdue);
        total.setId(TOTAL_ID);

        grid.setId(GRID_ID);
        grid.addComponentColumn(this::number).setKey("number").setHeader(getTranslation("connection.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> Texts.status(this, a.status())).setKey("status").setHeader(getTranslation("connection.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::deadline).setKey("deadline").setHeader(getTranslation("connection.deadline")).setAutoWidth(true);
        grid.addColumn(ApplicationSummary::applicantName).setKey("applicant").setHeader(getTranslation("connection.applicant")).setAutoWidth(true);
        grid.addColumn(a -> Texts.of(this, "connectionfee.category", a.category())).setKey("category").setHeader(getTranslation("connection.category"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.maxPowerKw() == null ? "—" : ConnectionFormat.number(a.maxPowerKw(), getLocale()) + " " + getTranslation("connection.fee.unit.kW"))
                .setKey("power").setHeader(getTranslation("connection.power.max")).setAutoWidth(true);
        grid.addColumn(ApplicationSummary::address).setKey("address").setHeader(getTranslation("connection.address")).setFlexGrow(1);
        grid.addColumn(a -> a.supplierName() == null ? "—" : a.supplierName()).setKey("supplier").setHeader(getTranslation("connection.supplier"))
                .setAutoWidth(true);
        grid.setPartNameGenerator(a -> a.overdue() ? "overdue" : null);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        add(filters, total, grid);
        refresh();
    }

    private Component number(ApplicationSummary application) {
        Anchor open = new Anchor(StaffApplicationView.route(application.id()), application.number() == null ? "#" + application.id() : application.number());
        open.setId("queue-open-" + application.id());
        if (!application.paper()) {
            return open;
        }
        Span paper = new Span(" · " + getTranslation("connection.paper"));
        paper.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return new Div(open, paper);
    }

    private Component deadline(ApplicationSummary application) {
        Div cell = new Div(new Span(ConnectionFormat.date(application.deadline(), getLocale())));
        cell.setId("queue-deadline-" + application.id());
        if (application.overdue()) {
            cell.add(ApplicationFacts.overdue(this));
        }
        return cell;
    }

    /** The filter as chosen. */
    public QueueFilter filter() {
        return new QueueFilter(status.getValue(), category.getValue(), overdue.getValue(), text.getValue().isBlank() ? null : text.getValue().trim());
    }

    private void refresh() {
        Page<ApplicationSummary> page = service.queries().queue(staff, filter(), 0, LIMIT);
        grid.setItems(page.items());
        total.setText(page.total() > page.items().size() ? getTranslation("connection.queue.total-more", page.total(), page.items().size())
                : getTranslation("connection.queue.total", page.total()));
    }
}
