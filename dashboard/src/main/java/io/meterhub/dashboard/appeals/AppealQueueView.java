package io.meterhub.dashboard.appeals;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.appeals.Appeal;
import io.meterhub.cabinet.appeals.AppealCategory;
import io.meterhub.cabinet.appeals.AppealStatus;
import io.meterhub.cabinet.appeals.AppealsFeature;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.RequiresModule;
import io.meterhub.dashboard.ui.Texts;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The staff's queue of appeals: those waiting for their answer first, the earliest deadline first, overdue ones marked;
 * filters by status and category; the export of a period as CSV; for the administrator, the answer terms.
 */
@Menu(title = "nav.admin-appeals", order = 16, icon = "vaadin:envelopes-o")
@Route(value = AppealQueueView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
@RequiresModule(StaffModule.APPEALS)
public class AppealQueueView extends ModulePage {
    public static final String ROUTE = "admin/appeals";
    public static final String LIST_ID = "appeal-queue";
    public static final String STATUS_ID = "appeal-queue-status";
    public static final String CATEGORY_ID = "appeal-queue-category";
    public static final String TOTAL_ID = "appeal-queue-total";
    public static final String EXPORT_FROM_ID = "appeal-export-from";
    public static final String EXPORT_TO_ID = "appeal-export-to";
    public static final String EXPORT_ID = "appeal-export-csv";
    public static final String EXPORT_XLSX_ID = "appeal-export-xlsx";
    public static final String REPORT_LINK_ID = "appeal-report-link";
    public static final String TEMPLATES_LINK_ID = "appeal-templates-link";

    private final transient AppealsFeature appeals;
    private final transient Clock clock;
    private final Select<AppealStatus> status = new Select<>();
    private final Select<AppealCategory> category = new Select<>();
    private final Span total = new Span();
    private final Div list = new Div();

    public AppealQueueView(AuthenticationContext authentication, StaffRights rights, AppealsFeature appeals, Clock clock) {
        super("appeals.queue.title", authentication, rights);
        this.appeals = appeals;
        this.clock = clock;
        setWidthFull();
        viewer().ifPresent(this::build);
    }

    private void build(Viewer staff) {
        status.setId(STATUS_ID);
        status.setLabel(getTranslation("appeals.status"));
        status.setItems(AppealStatus.values());
        String any = getTranslation("appeals.queue.any");
        // the empty choice reads "any", not a dash
        status.setItemLabelGenerator(s -> s == null ? any : Texts.of(this, "appeals.status", s));
        category.setId(CATEGORY_ID);
        category.setLabel(getTranslation("appeals.category"));
        category.setItems(AppealCategory.values());
        category.setItemLabelGenerator(c -> c == null ? any : Texts.of(this, "appeals.category", c));
        for (Select<?> filter : List.of(status, category)) {
            filter.setEmptySelectionAllowed(true);
            filter.setEmptySelectionCaption(any);
            filter.addValueChangeListener(change -> refresh(staff));
        }
        Div filters = new Div(status, category);
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        total.setId(TOTAL_ID);
        list.setId(LIST_ID);
        list.setWidthFull();
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        Anchor report = new Anchor(AppealReportView.ROUTE, getTranslation("appeals.report.title"));
        report.setId(REPORT_LINK_ID);
        Anchor templates = new Anchor(AnswerTemplatesView.ROUTE, getTranslation("appeals.templates.title"));
        templates.setId(TEMPLATES_LINK_ID);
        Div links = new Div(report, templates);
        links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        add(links, filters, export(staff), total, list);
        if (staff.role() == Role.ADMIN) {
            add(new AppealTermsPanel(appeals.terms(), staff));
        }
        refresh(staff);
    }

    /** The appeals registered in a period as CSV, this month by default; fetched with the viewer when clicked. */
    private Div export(Viewer staff) {
        LocalDate today = LocalDate.now(clock);
        DatePicker from = new DatePicker(getTranslation("appeals.export.from"), today.withDayOfMonth(1));
        from.setId(EXPORT_FROM_ID);
        DatePicker to = new DatePicker(getTranslation("appeals.export.to"), today);
        to.setId(EXPORT_TO_ID);
        Anchor csv = download(EXPORT_ID, "appeals.export.csv");
        Anchor xlsx = download(EXPORT_XLSX_ID, "appeals.export.xlsx");
        Runnable link = () -> {
            LocalDate f = from.getValue() == null ? today.withDayOfMonth(1) : from.getValue();
            LocalDate t = to.getValue() == null ? today : to.getValue();
            StreamResource file = new StreamResource("appeals-" + f + "-" + t + ".csv",
                    () -> new ByteArrayInputStream(appeals.export().csv(staff, f, t)));
            file.setContentType("text/csv; charset=utf-8");
            csv.setHref(file);
            StreamResource book = new StreamResource("appeals-" + f + "-" + t + ".xlsx",
                    () -> new ByteArrayInputStream(appeals.export().xlsx(staff, f, t)));
            book.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            xlsx.setHref(book);
        };
        from.addValueChangeListener(change -> link.run());
        to.addValueChangeListener(change -> link.run());
        link.run();
        Div box = new Div(from, to, csv, xlsx);
        box.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
        return box;
    }

    private Anchor download(String id, String key) {
        Anchor anchor = new Anchor();
        anchor.setId(id);
        anchor.setText(getTranslation(key));
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private void refresh(Viewer staff) {
        List<Appeal> queue = appeals.desk().queue(staff, status.getValue(), category.getValue());
        Instant now = clock.instant();
        list.removeAll();
        total.setText(getTranslation("appeals.queue.total", queue.size(), queue.stream().filter(a -> a.overdue(now)).count()));
        queue.forEach(appeal -> list.add(AppealFacts.summary(this, appeal, appeal.overdue(now), StaffAppealView.route(appeal.id()))));
    }
}
