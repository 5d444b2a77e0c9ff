package io.meterhub.dashboard.visits;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.appeals.AppealCategory;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.visits.NewVisit;
import io.meterhub.cabinet.visits.OfficeChoice;
import io.meterhub.cabinet.visits.Slot;
import io.meterhub.cabinet.visits.Visit;
import io.meterhub.cabinet.visits.VisitSlots;
import io.meterhub.cabinet.visits.VisitStatus;
import io.meterhub.cabinet.visits.VisitsFeature;
import io.meterhub.cabinet.ratings.ServiceRatings;
import io.meterhub.dashboard.ratings.RatingBlock;
import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.Texts;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * "Запись на приём": the customer's visits (moved or cancelled while ahead), and booking a free slot of an office of one of
 * their accounts' organizations for a topic. Times are the organization's local time; a full slot shows as such.
 */
@Menu(title = "nav.visits", order = 8, icon = "vaadin:calendar-user")
@Route(value = MyVisitsView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class MyVisitsView extends CustomerPage implements BeforeEnterObserver {
    public static final String ROUTE = "visits";
    public static final String LIST_ID = "my-visits";
    public static final String FORM_ID = "visit-form";
    public static final String FORM_TITLE_ID = "visit-form-title";
    public static final String OFFICE_ID = "visit-office";
    public static final String ACCOUNT_ID = "visit-account";
    public static final String TOPIC_ID = "visit-topic";
    public static final String DATE_ID = "visit-date";
    public static final String SLOTS_ID = "visit-slots";
    public static final String BOOK_ID = "visit-book";
    public static final String STOP_MOVING_ID = "visit-stop-moving";
    public static final String MESSAGE_ID = "visit-message";
    public static final String ERROR_ID = "visit-error";
    /** {@code visits?office=<id>} opens the page on that office (a link from an office's card or a map). */
    public static final String OFFICE_PARAMETER = "office";
    /** How many days ahead the page looks for the first day with a free place. */
    private static final int FIRST_FREE_SEARCH = 14;

    private final transient VisitsFeature visits;
    private final transient ServiceRatings ratings;
    private final transient Clock clock;
    private final Div list = new Div();
    private final Div form = new Div();
    private final H3 formTitle = new H3();
    private final Select<OfficeChoice> office = new Select<>();
    private final Select<OfficeChoice.AccountOption> account = new Select<>();
    private final Select<AppealCategory> topic = new Select<>();
    private final DatePicker date = new DatePicker();
    private final Div slots = new Div();
    private final Button book = new Button();
    private final Button stopMoving = new Button();
    private final Span message = new Span();
    private final Span error = new Span();
    private transient Slot chosen;
    private transient Visit moving;

    public static String slotId(Slot slot) {
        return "visit-slot-" + VisitFacts.time(slot.start()).replace(":", "");
    }

    public MyVisitsView(AuthenticationContext authentication, VisitsFeature visits, ServiceRatings ratings, Clock clock) {
        super("visits.my.title", authentication);
        this.visits = visits;
        this.ratings = ratings;
        this.clock = clock;
        list.setId(LIST_ID);
        list.setWidthFull();
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        message.setId(MESSAGE_ID);
        message.getStyle().set("color", "var(--lumo-success-text-color)");
        error.setId(ERROR_ID);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        // the customer's own bookings first: a phone shows them without scrolling past the day's slots
        H3 mine = new H3(getTranslation("visits.my.list"));
        mine.getStyle().set("margin", "0");
        add(mine, list);
        List<OfficeChoice> choices = visits.booking().offices(viewer);
        if (choices.isEmpty()) {
            add(error, message, secondary(getTranslation("visits.no-offices")));
        } else {
            buildForm(choices);
            add(form);
        }
        refreshList();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(OFFICE_PARAMETER).ifPresent(id ->
                office.getListDataView().getItems().filter(c -> String.valueOf(c.office().id()).equals(id.strip())).findFirst()
                        .ifPresent(office::setValue));
    }

    /** The page opened on an office. */
    public static String route(long officeId) {
        return ROUTE + "?" + OFFICE_PARAMETER + "=" + officeId;
    }

    private void buildForm(List<OfficeChoice> choices) {
        form.setId(FORM_ID);
        form.setWidthFull();
        form.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)").set("max-width", "640px");
        formTitle.setId(FORM_TITLE_ID);
        formTitle.getStyle().set("margin", "var(--lumo-space-m) 0 0 0");
        office.setId(OFFICE_ID);
        office.setLabel(getTranslation("visits.office"));
        office.setItems(choices);
        office.setItemLabelGenerator(c -> c.office().name() + " · " + c.office().address());
        office.setWidthFull();
        account.setId(ACCOUNT_ID);
        account.setLabel(getTranslation("visits.account"));
        account.setItemLabelGenerator(a -> a.number() + " · " + a.address());
        account.setWidthFull();
        topic.setId(TOPIC_ID);
        topic.setLabel(getTranslation("visits.topic"));
        topic.setItems(AppealCategory.values());
        topic.setItemLabelGenerator(c -> Texts.of(this, "appeals.category", c));
        topic.setWidthFull();
        VisitFacts.localized(date).setId(DATE_ID);
        date.setLabel(getTranslation("visits.date"));
        slots.setId(SLOTS_ID);
        slots.setWidthFull();
        slots.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        book.setId(BOOK_ID);
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.addClickListener(click -> submit());
        stopMoving.setId(STOP_MOVING_ID);
        stopMoving.setText(getTranslation("visits.move.stop"));
        stopMoving.addClickListener(click -> stopMoving());
        Div buttons = new Div(book, stopMoving);
        buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        // what happened shows beside the button pressed, not above the slots
        form.add(formTitle, office, account, topic, date, slots, error, message, buttons);
        office.addValueChangeListener(change -> officeChosen());
        date.addValueChangeListener(change -> {
            error.setText("");
            showSlots();
        });
        office.setValue(choices.get(0));
        stopMoving();
    }

    private void officeChosen() {
        OfficeChoice choice = office.getValue();
        if (choice == null) {
            return;
        }
        account.setItems(choice.accounts());
        account.setValue(choice.accounts().get(0));
        account.setVisible(moving == null && choice.accounts().size() > 1);
        LocalDate today = LocalDate.now(clock.withZone(choice.office().zone()));
        date.setMin(today);
        date.setMax(today.plusDays(VisitSlots.BOOKING_DAYS));
        date.setValue(firstFreeDay(choice, today));
        showSlots();
    }

    private LocalDate firstFreeDay(OfficeChoice choice, LocalDate today) {
        Instant now = clock.instant();
        for (int i = 0; i < FIRST_FREE_SEARCH; i++) {
            LocalDate day = today.plusDays(i);
            if (visits.booking().slots(viewer, choice.office().id(), day).stream().anyMatch(s -> !s.full() && s.startsAt().isAfter(now))) {
                return day;
            }
        }
        return today;
    }

    private void showSlots() {
        chosen = null;
        slots.removeAll();
        updateBookButton();
        OfficeChoice choice = office.getValue();
        if (choice == null || date.getValue() == null) {
            return;
        }
        Instant now = clock.instant();
        List<Slot> day = visits.booking().slots(viewer, choice.office().id(), date.getValue()).stream()
                .filter(s -> s.startsAt().isAfter(now)).toList();
        if (day.isEmpty()) {
            slots.add(secondary(getTranslation("visits.no-slots")));
            return;
        }
        for (Slot slot : day) {
            Button button = new Button(slot.full() ? getTranslation("visits.slot.full", VisitFacts.time(slot.start()))
                    : getTranslation("visits.slot.free", VisitFacts.time(slot.start()), slot.free()));
            button.setId(slotId(slot));
            button.setEnabled(!slot.full());
            button.addClickListener(click -> {
                chosen = slot;
                slots.getChildren().filter(c -> c instanceof Button).map(c -> (Button) c)
                        .forEach(b -> b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY));
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                updateBookButton();
            });
            slots.add(button);
        }
    }

    private void updateBookButton() {
        book.setEnabled(chosen != null);
        String when = chosen == null ? "" : " " + VisitFacts.day(chosen.start().toLocalDate()) + ", " + VisitFacts.time(chosen.start());
        book.setText(getTranslation(moving == null ? "visits.book" : "visits.move.to") + when);
    }

    private void submit() {
        if (chosen == null) {
            return;
        }
        error.setText("");
        message.setText("");
        try {
            if (moving == null) {
                Visit visit = visits.booking().book(viewer, new NewVisit(account.getValue().accountId(), office.getValue().office().id(),
                        topic.getValue(), chosen.start()));
                message.setText(getTranslation("visits.booked", VisitFacts.when(visit), visit.officeName()));
            } else {
                Visit visit = visits.booking().move(viewer, moving.id(), chosen.start());
                message.setText(getTranslation("visits.moved", VisitFacts.when(visit)));
                stopMoving();
            }
            topic.setInvalid(false);
        } catch (CabinetException refusal) {
            error.setText(refusal(refusal));
            topic.setInvalid(topic.getValue() == null);
        }
        showSlots();
        refreshList();
    }

    private void startMoving(Visit visit) {
        moving = visit;
        office.getListDataView().getItems().filter(c -> c.office().id() == visit.officeId()).findFirst().ifPresent(office::setValue);
        office.setEnabled(false);
        account.setVisible(false);
        topic.setVisible(false);
        stopMoving.setVisible(true);
        formTitle.setText(getTranslation("visits.move.title", VisitFacts.when(visit)));
        updateBookButton();
    }

    private void stopMoving() {
        moving = null;
        office.setEnabled(true);
        topic.setVisible(true);
        OfficeChoice choice = office.getValue();
        account.setVisible(choice != null && choice.accounts().size() > 1);
        stopMoving.setVisible(false);
        formTitle.setText(getTranslation("visits.new.title"));
        updateBookButton();
    }

    /** The id of a held visit's rating block; its parts' ids follow it as {@link RatingBlock}'s do. */
    public static String ratingId(long visitId) {
        return "visit-" + visitId + "-rating";
    }

    private void refreshList() {
        list.removeAll();
        List<Visit> mine = visits.booking().mine(viewer);
        if (mine.isEmpty()) {
            list.add(secondary(getTranslation("visits.my.none")));
        }
        Instant now = clock.instant();
        for (Visit visit : mine) {
            Span when = new Span(VisitFacts.when(visit));
            when.setId("visit-" + visit.id() + "-when");
            when.getStyle().set("font-weight", "600");
            Div head = new Div(when, VisitFacts.status(this, visit));
            head.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)").set("align-items", "center");
            Div card = card(head, new Span(visit.officeName() + ", " + visit.officeAddress()),
                    secondary(VisitFacts.topic(this, visit) + " · " + getTranslation("visits.account-number") + " " + visit.accountNumber()));
            card.setId("visit-" + visit.id());
            if (visit.changeable(now)) {
                Button move = new Button(getTranslation("visits.move"), click -> startMoving(visit));
                move.setId("visit-" + visit.id() + "-move");
                Button cancel = new Button(getTranslation("visits.cancel"), click -> cancel(visit));
                cancel.setId("visit-" + visit.id() + "-cancel");
                cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
                Div actions = new Div(move, cancel);
                actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
                card.add(actions);
            }
            if (visit.status() == VisitStatus.HELD) {
                card.add(new RatingBlock(ratingId(visit.id()), ratings.ofVisit(viewer, visit.id()).orElse(null),
                        (score, comment) -> ratings.rateVisit(viewer, visit.id(), score, comment)));
            }
            list.add(card);
        }
    }

    private void cancel(Visit visit) {
        message.setText("");
        error.setText("");
        try {
            visits.booking().cancel(viewer, visit.id());
            message.setText(getTranslation("visits.cancelled", VisitFacts.when(visit)));
        } catch (CabinetException refusal) {
            error.setText(refusal(refusal));
        }
        if (moving != null && moving.id() == visit.id()) {
            stopMoving();
        }
        showSlots();
        refreshList();
    }
}
