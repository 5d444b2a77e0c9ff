package io.meterhub.dashboard.appeals;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.appeals.AppealMonth;
import io.meterhub.cabinet.appeals.AppealsFeature;
import io.meterhub.cabinet.ratings.RatingSummary;
import io.meterhub.cabinet.ratings.ServiceRatings;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.RequiresModule;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * The monthly report of the appeals (received, answered in time, late, overdue, waiting; by category) and the ratings'
 * averages per month, category and employee, for the last 3, 6 or 12 months, as charts.
 */
@Route(value = AppealReportView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
@RequiresModule(StaffModule.APPEALS)
public class AppealReportView extends ModulePage {
    public static final String ROUTE = "admin/appeals/report";
    public static final String PERIOD_ID = "appeal-report-period";
    public static final String OUTCOMES_ID = "appeal-report-outcomes";
    public static final String CATEGORIES_ID = "appeal-report-categories";
    public static final String RATING_MONTHS_ID = "rating-months";
    public static final String RATING_CATEGORIES_ID = "rating-categories";
    public static final String RATING_EMPLOYEES_ID = "rating-employees";
    public static final String SUMMARY_ID = "appeal-report-summary";

    private final transient AppealsFeature appeals;
    private final transient ServiceRatings ratings;
    private final transient Clock clock;
    private final Div content = new Div();

    public AppealReportView(AuthenticationContext authentication, StaffRights rights, AppealsFeature appeals, ServiceRatings ratings, Clock clock) {
        super("appeals.report.title", authentication, rights);
        this.appeals = appeals;
        this.ratings = ratings;
        this.clock = clock;
        setWidthFull();
        content.setWidthFull();
        viewer().ifPresent(this::build);
    }

    private void build(Viewer staff) {
        Select<Integer> period = new Select<>();
        period.setId(PERIOD_ID);
        period.setLabel(getTranslation("appeals.report.period"));
        period.setItems(3, 6, 12);
        period.setItemLabelGenerator(n -> getTranslation("appeals.report.months", n));
        period.setValue(6);
        period.addValueChangeListener(e -> show(staff, e.getValue()));
        add(new Anchor(AppealQueueView.ROUTE, getTranslation("appeals.queue.back")), period, content);
        show(staff, period.getValue());
    }

    private void show(Viewer staff, int months) {
        content.removeAll();
        // the months as the organization's staff live them: the clock's zone is the server's, close enough for a month's edge
        YearMonth to = YearMonth.now(clock);
        YearMonth from = to.minusMonths(months - 1L);
        List<AppealMonth> report = appeals.report().months(staff, from, to);
        RatingSummary summary = ratings.summary(staff, from, to);
        int received = report.stream().mapToInt(AppealMonth::received).sum();
        int inTime = report.stream().mapToInt(AppealMonth::answeredInTime).sum();
        int answered = inTime + report.stream().mapToInt(AppealMonth::answeredLate).sum();
        Span totals = new Span(getTranslation("appeals.report.summary", received, answered, inTime,
                summary.overall().count() == 0 ? "—" : AppealCharts.decimal(summary.overall().average()), summary.overall().count()));
        totals.setId(SUMMARY_ID);
        content.add(totals, AppealCharts.chart(OUTCOMES_ID, AppealCharts.outcomes(this, report), "320px"),
                AppealCharts.chart(CATEGORIES_ID, AppealCharts.categories(this, report), "280px"), new H3(getTranslation("ratings.title.staff")),
                AppealCharts.chart(RATING_MONTHS_ID, AppealCharts.averages(this, "ratings.by-month", summary.byMonth(),
                        m -> AppealCharts.month(YearMonth.parse(m))), "260px"),
                AppealCharts.chart(RATING_CATEGORIES_ID, AppealCharts.averages(this, "ratings.by-category", summary.byCategory(),
                        c -> known("appeals.category." + c, c)), "260px"),
                AppealCharts.chart(RATING_EMPLOYEES_ID, AppealCharts.averages(this, "ratings.by-employee", summary.byEmployee(), e -> e), "260px"));
        if (summary.overall().count() == 0) {
            content.add(note(getTranslation("ratings.none"), null));
        }
    }
}
