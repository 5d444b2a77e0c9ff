package io.meterhub.dashboard.visits;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.appeals.AppealCategory;
import io.meterhub.cabinet.users.UserRepository;
import io.meterhub.cabinet.visits.Office;
import io.meterhub.cabinet.visits.OfficeChoice;
import io.meterhub.cabinet.visits.Slot;
import io.meterhub.cabinet.visits.Visit;
import io.meterhub.cabinet.visits.VisitsFeature;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.DemoSeedBeans;
import io.meterhub.dashboard.KaribuSpringTest;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.PlaceholderView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The appointments' pages over the demo's seed (Karibu-Testing, real services, fresh database): ivanov sees his seeded
 * visit, books another slot for a topic, moves and cancels it; the operator (APPEALS) sees the day's schedule and marks a
 * visit; the administrator (ORGANIZATION) edits an office; staff without the module and other customers are kept out;
 * English by the switch.
 */
@SpringBootTest(classes = {DashboardApplication.class, DemoSeedBeans.class}, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class VisitsViewsTest extends KaribuSpringTest {
    @Autowired
    private VisitsFeature visits;
    @Autowired
    private UserRepository users;
    @Autowired
    private Clock clock;

    @Test
    void a_customer_sees_the_seeded_visit_books_a_slot_for_a_topic_moves_it_and_cancels_it() {
        Viewer ivanov = customer("ivanov");
        Visit seeded = visits.booking().mine(ivanov).get(0);
        signIn("ivanov", "ivan-meter-42");
        UI.getCurrent().navigate(MyVisitsView.class);
        assertThat(_get(H2.class, spec -> spec.withId(PlaceholderView.TITLE_ID)).getText()).isEqualTo("Запись на приём");
        assertThat(text("visit-" + seeded.id())).contains("Центральный офис обслуживания").contains("Показания и приборы учёта")
                .contains("6300123456");
        assertThat(text("visit-" + seeded.id() + "-status")).isEqualTo("Записан");

        DatePicker date = _get(DatePicker.class, spec -> spec.withId(MyVisitsView.DATE_ID));
        LocalDate day = laterWorkingDay(ivanov, seeded.start().toLocalDate());
        date.setValue(day);
        Slot slot = firstFree(ivanov, day);
        _click(_get(Button.class, spec -> spec.withId(MyVisitsView.slotId(slot))));
        _click(_get(Button.class, spec -> spec.withId(MyVisitsView.BOOK_ID)));
        assertThat(text(MyVisitsView.ERROR_ID)).isEqualTo("Выберите, с каким вопросом вы придёте");

        @SuppressWarnings("unchecked")
        Select<AppealCategory> topic = _get(Select.class, spec -> spec.withId(MyVisitsView.TOPIC_ID));
        topic.setValue(AppealCategory.BILLING);
        _click(_get(Button.class, spec -> spec.withId(MyVisitsView.slotId(slot))));
        _click(_get(Button.class, spec -> spec.withId(MyVisitsView.BOOK_ID)));
        assertThat(text(MyVisitsView.MESSAGE_ID)).startsWith("Вы записаны: ");
        Visit booked = visits.booking().mine(ivanov).stream().filter(v -> v.start().equals(slot.start())).findFirst().orElseThrow();
        assertThat(booked.topic()).isEqualTo(AppealCategory.BILLING);
        assertThat(text("visit-" + booked.id())).contains("Начисления и оплата");

        _click(_get(Button.class, spec -> spec.withId("visit-" + booked.id() + "-move")));
        assertThat(text(MyVisitsView.FORM_TITLE_ID)).startsWith("Перенос записи с ");
        date.setValue(day);
        Slot later = visits.booking().slots(ivanov, booked.officeId(), day).stream().filter(s -> s.start().isAfter(slot.start()) && !s.full())
                .findFirst().orElseThrow();
        _click(_get(Button.class, spec -> spec.withId(MyVisitsView.slotId(later))));
        _click(_get(Button.class, spec -> spec.withId(MyVisitsView.BOOK_ID)));
        assertThat(text(MyVisitsView.MESSAGE_ID)).startsWith("Запись перенесена на ");
        assertThat(visits.booking().mine(ivanov).stream().filter(v -> v.id() == booked.id()).findFirst().orElseThrow().start())
                .isEqualTo(later.start());

        _click(_get(Button.class, spec -> spec.withId("visit-" + booked.id() + "-cancel")));
        assertThat(text(MyVisitsView.MESSAGE_ID)).endsWith("отменена.");
        assertThat(text("visit-" + booked.id() + "-status")).isEqualTo("Отменена");
        _assertNone(Button.class, spec -> spec.withId("visit-" + booked.id() + "-cancel"));
    }

    @Test
    void another_customer_never_sees_ivanovs_visit_and_staff_are_kept_to_their_modules() {
        Visit seeded = visits.booking().mine(customer("ivanov")).get(0);
        signIn("petrova", "anna-meter-42");
        UI.getCurrent().navigate(MyVisitsView.class);
        _assertNone(Component.class, spec -> spec.withId("visit-" + seeded.id()));
        assertThat(text(MyVisitsView.LIST_ID)).doesNotContain("6300123456");

        newUi();
        signIn("uk-operator", "grid-duty-42");
        UI.getCurrent().navigate(VisitScheduleView.class);
        _assertOne(Component.class, spec -> spec.withId(ModulePage.NO_MODULE_ID));
        _assertNone(Component.class, spec -> spec.withId(VisitScheduleView.SCHEDULE_ID));

        newUi();
        signIn("operator", "grid-duty-42");
        UI.getCurrent().navigate(OfficesView.class);
        _assertOne(Component.class, spec -> spec.withId(ModulePage.NO_MODULE_ID));
        _assertNone(Component.class, spec -> spec.withId(OfficesView.SAVE_ID));

        newUi();
        signIn("ivanov", "ivan-meter-42");
        assertThatThrownBy(() -> UI.getCurrent().navigate(VisitScheduleView.class)).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void the_operator_sees_the_days_schedule_of_the_office_and_marks_a_visit_held() {
        Visit seeded = visits.booking().mine(customer("ivanov")).get(0);
        signIn("operator", "grid-duty-42");
        UI.getCurrent().navigate(VisitScheduleView.class);
        _get(DatePicker.class, spec -> spec.withId(VisitScheduleView.DATE_ID)).setValue(seeded.start().toLocalDate());
        assertThat(text(VisitScheduleView.HOURS_ID)).contains("приём 09:00–");
        assertThat(text(VisitScheduleView.SCHEDULE_ID)).contains("Иванов Иван Иванович").contains("6300123456").containsPattern("занято 1 из \\d");
        _click(_get(Button.class, spec -> spec.withId("visit-" + seeded.id() + "-held")));
        // the day has not come yet: refused with the reason
        assertThat(text(VisitScheduleView.MESSAGE_ID)).isEqualTo("День приёма ещё не наступил");
        assertThat(text("visit-" + seeded.id() + "-status")).isEqualTo("Записан");
    }

    @Test
    void the_administrator_edits_an_office_and_a_wrong_hour_is_refused_with_the_weekday() {
        signIn("admin", "grid-chief-42");
        UI.getCurrent().navigate(OfficesView.class);
        Office office = visits.desk().offices(staff("admin")).get(0);
        assertThat(text(OfficesView.LIST_ID)).contains("Центральный офис обслуживания").contains("13:00–13:45");
        _click(_get(Button.class, spec -> spec.withId("office-" + office.id() + "-edit")));
        assertThat(_get(TextField.class, spec -> spec.withId(OfficesView.hoursId(DayOfWeek.MONDAY))).getValue()).isEqualTo("09:00–18:00");
        _get(TextField.class, spec -> spec.withId(OfficesView.hoursId(DayOfWeek.SATURDAY))).setValue("18-10");
        _click(_get(Button.class, spec -> spec.withId(OfficesView.SAVE_ID)));
        assertThat(text(OfficesView.ERROR_ID)).startsWith("Суббота: Часы работы «18-10»");
        _get(TextField.class, spec -> spec.withId(OfficesView.hoursId(DayOfWeek.SATURDAY))).setValue("10:00-14:00");
        _get(IntegerField.class, spec -> spec.withId(OfficesView.STAFF_ID)).setValue(3);
        _click(_get(Button.class, spec -> spec.withId(OfficesView.SAVE_ID)));
        assertThat(text(OfficesView.MESSAGE_ID)).isEqualTo("Офис «Центральный офис обслуживания» сохранён.");
        Office saved = visits.desk().offices(staff("admin")).get(0);
        assertThat(saved.staffCount()).isEqualTo(3);
        assertThat(saved.hours().get(DayOfWeek.SATURDAY).hoursText()).isEqualTo("10:00–14:00");
    }

    @Test
    void the_pages_read_in_english_by_the_switch() {
        signIn("ivanov", "ivan-meter-42");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(MyVisitsView.class);
        assertThat(_get(H2.class, spec -> spec.withId(PlaceholderView.TITLE_ID)).getText()).isEqualTo("Book a visit");
        assertThat(text(MyVisitsView.FORM_TITLE_ID)).isEqualTo("Book");
        newUi();
        signIn("admin", "grid-chief-42");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(OfficesView.class);
        assertThat(_get(H2.class, spec -> spec.withId(PlaceholderView.TITLE_ID)).getText()).isEqualTo("Offices");
    }

    /** A day after the seeded visit's on which the office receives, so the booking does not meet it. */
    private LocalDate laterWorkingDay(Viewer viewer, LocalDate after) {
        OfficeChoice office = visits.booking().offices(viewer).get(0);
        for (LocalDate day = after.plusDays(1); ; day = day.plusDays(1)) {
            if (visits.booking().slots(viewer, office.office().id(), day).size() > 2) {
                return day;
            }
        }
    }

    private Slot firstFree(Viewer viewer, LocalDate day) {
        OfficeChoice office = visits.booking().offices(viewer).get(0);
        return visits.booking().slots(viewer, office.office().id(), day).stream().filter(s -> !s.full()).findFirst().orElseThrow();
    }

    private Viewer customer(String login) {
        return Viewer.customer(users.byLogin(login).orElseThrow().id());
    }

    private Viewer staff(String login) {
        var user = users.byLogin(login).orElseThrow();
        return new Viewer(user.id(), Role.ADMIN, DemoSeedBeans.GRID);
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
