package io.meterhub.dashboard.visits;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.visits.DaySchedule;
import io.meterhub.cabinet.visits.Office;
import io.meterhub.cabinet.visits.Visit;
import io.meterhub.cabinet.visits.VisitStatus;
import io.meterhub.cabinet.visits.VisitsFeature;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.RequiresModule;
import io.meterhub.dashboard.ui.Texts;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;

/** "Расписание приёма": an office's day (local time of the organization), each slot with its visits, marked held or missed. */
@Menu(title = "nav.admin-visits", order = 17, icon = "vaadin:calendar-clock")
@Route(value = VisitScheduleView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
@RequiresModule(StaffModule.APPEALS)
public class VisitScheduleView extends ModulePage {
    public static final String ROUTE = "admin/visits";
    public static final String OFFICE_ID = "schedule-office";
    public static final String DATE_ID = "schedule-date";
    public static final String HOURS_ID = "schedule-hours";
    public static final String SCHEDULE_ID = "schedule";
    public static final String MESSAGE_ID = "schedule-message";

    private final transient VisitsFeature visits;
    private final transient Clock clock;
    private final Select<Office> office = new Select<>();
    private final DatePicker date = new DatePicker();
    private final Span hours = new Span();
    private final Div schedule = new Div();
    private final Span message = new Span();

    public VisitScheduleView(AuthenticationContext authentication, StaffRights rights, VisitsFeature visits, Clock clock) {
        super("visits.schedule.title", authentication, rights);
        this.visits = visits;
        this.clock = clock;
        setWidthFull();
        viewer().ifPresent(this::build);
    }

    private void build(Viewer staff) {
        List<Office> offices = visits.desk().offices(staff);
        if (offices.isEmpty()) {
            add(note(getTranslation("visits.schedule.no-offices"), SCHEDULE_ID));
            return;
        }
        office.setId(OFFICE_ID);
        office.setLabel(getTranslation("visits.office"));
        office.setItems(offices);
        office.setItemLabelGenerator(o -> o.name() + " · " + o.address());
        office.setWidthFull();
        office.getStyle().set("max-width", "560px");
        VisitFacts.localized(date).setId(DATE_ID);
        date.setLabel(getTranslation("visits.date"));
        hours.setId(HOURS_ID);
        message.setId(MESSAGE_ID);
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        schedule.setId(SCHEDULE_ID);
        schedule.setWidthFull();
        schedule.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        Div filters = new Div(office, date);
        filters.setWidthFull();
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        add(filters, hours, message, schedule);
        office.setValue(offices.get(0));
        date.setValue(LocalDate.now(clock.withZone(offices.get(0).zone())));
        office.addValueChangeListener(change -> refresh(staff));
        date.addValueChangeListener(change -> refresh(staff));
        refresh(staff);
    }

    private void refresh(Viewer staff) {
        schedule.removeAll();
        if (office.getValue() == null || date.getValue() == null) {
            return;
        }
        DaySchedule day = visits.desk().schedule(staff, office.getValue().id(), date.getValue());
        hours.setText(VisitFacts.day(day.date()) + ": " + day.hours().map(h -> getTranslation("visits.schedule.hours", h.hoursText())
                + (h.breakFrom() == null ? "" : ", " + getTranslation("visits.schedule.break", h.breakText())))
                .orElse(getTranslation("visits.schedule.closed")) + " · " + getTranslation("visits.schedule.total",
                day.lines().stream().mapToLong(DaySchedule.Line::taken).sum()));
        for (DaySchedule.Line line : day.lines()) {
            Span when = new Span(VisitFacts.time(line.start()) + "–" + VisitFacts.time(line.end()));
            when.getStyle().set("font-weight", "600");
            Span taken = new Span(getTranslation("visits.schedule.taken", line.taken(), line.capacity()));
            taken.getStyle().set("color", "var(--lumo-secondary-text-color)");
            Div head = new Div(when, taken);
            head.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
            Div card = card("schedule-line-" + VisitFacts.time(line.start()).replace(":", ""));
            card.getStyle().set("max-width", "720px").set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
            card.add(head);
            line.visits().forEach(visit -> card.add(visitLine(staff, visit)));
            schedule.add(card);
        }
    }

    private Div visitLine(Viewer staff, Visit visit) {
        Span who = new Span(visit.customerName() + " · " + getTranslation("visits.account-number") + " " + visit.accountNumber());
        Span topic = new Span(VisitFacts.topic(this, visit));
        topic.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div line = new Div(who, topic, VisitFacts.status(this, visit));
        line.setId("schedule-visit-" + visit.id());
        line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)").set("align-items", "center")
                .set("border-top", "1px solid var(--lumo-contrast-10pct)").set("padding-top", "var(--lumo-space-xs)");
        if (visit.status() == VisitStatus.BOOKED) {
            line.add(mark(staff, visit, "held", id -> visits.desk().held(staff, id)), mark(staff, visit, "missed",
                    id -> visits.desk().missed(staff, id)));
        }
        return line;
    }

    private Button mark(Viewer staff, Visit visit, String what, LongFunction<Visit> action) {
        Button button = new Button(getTranslation("visits.schedule." + what));
        button.setId("visit-" + visit.id() + "-" + what);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, what.equals("held") ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_ERROR);
        button.addClickListener(click -> {
            message.setText("");
            try {
                action.apply(visit.id());
            } catch (CabinetException refusal) {
                message.setText(Texts.refusal(this, refusal));
            }
            refresh(staff);
        });
        return button;
    }
}
