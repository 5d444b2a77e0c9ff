package io.meterhub.cabinet.visits;

import io.meterhub.cabinet.AtOnce;
import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.MovableClock;
import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.ratings.RatingAverage;
import io.meterhub.cabinet.ratings.RatingSummary;
import io.meterhub.cabinet.ratings.ServiceRatings;
import java.time.YearMonth;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.NoModuleException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.appeals.AppealCategory;
import io.meterhub.cabinet.calendar.ProductionCalendar;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.notifications.NewNotification;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Appointments against PostgreSQL: slots cut from the weekly hours skip holidays, weekends and the lunch break and end an
 * hour early on a pre-holiday day; concurrent bookings of one slot never exceed its capacity; a visit is moved and
 * cancelled only while it is ahead; the reminder goes once, the day before in the organization's zone; a customer is
 * kept to their own visits and staff to their organization and module.
 */
class VisitsServiceTest {
    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    // Monday 2 November 2026; Tuesday the 3rd is a pre-holiday day, Wednesday the 4th a public holiday (National Unity Day)
    private static final String MONDAY = "2026-11-02T10:00";
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 3);
    private static final LocalDate HOLIDAY = LocalDate.of(2026, 11, 4);
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 5);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 6);
    private static final int CAPACITY = 3;

    private static Fixture fixture;
    private static MovableClock clock;
    private static VisitsFeature visits;
    private static final List<NewNotification> notices = Collections.synchronizedList(new ArrayList<>());
    private static Fixture.Person ivanov;
    private static Fixture.Person petrova;
    private static long ivanovAccount;
    private static long petrovaAccount;
    private static Viewer admin;
    private static Viewer operator;
    private static Viewer dataOperator;
    private static Viewer otherAdmin;
    private static Office office;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("visits_service");
        fixture.organization("VOLGA", Fixture.SAMARA, 15, 25);
        fixture.organization("OTHER", Fixture.SAMARA, 15, 25);
        fixture.organization("FAR", VLADIVOSTOK, 15, 25);
        clock = new MovableClock(MONDAY, Fixture.SAMARA);
        VisitNotifier notifier = new NotificationsForVisits(notices::add, userId -> Locale.forLanguageTag("ru"));
        visits = Services.of(fixture.dataSource, clock).visits(ProductionCalendar.russia(), notifier);
        ivanov = fixture.customer("vi-ivanov");
        petrova = fixture.customer("vi-petrova");
        ivanovAccount = fixture.account(ivanov, "VOLGA");
        petrovaAccount = fixture.account(petrova, "OTHER");
        admin = fixture.staff("vi-admin", Role.ADMIN, "VOLGA");
        operator = fixture.staff("vi-operator", Role.OPERATOR, "VOLGA");
        dataOperator = fixture.staff("vi-data-operator", Role.OPERATOR, "VOLGA");
        otherAdmin = fixture.staff("vi-other-admin", Role.ADMIN, "OTHER");
        JdbcStaffRepository staff = new JdbcStaffRepository(fixture.dataSource);
        staff.setModules(operator.userId(), List.of("APPEALS"), admin.userId());
        staff.setModules(dataOperator.userId(), List.of("DATA_LOADING"), admin.userId());
        office = visits.offices().save(admin, centralOffice(0, CAPACITY));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    /** Mon–Thu 09–18 with lunch 13:00–13:45, Fri 09–17, slots of 30 minutes. */
    private static OfficeForm centralOffice(long id, int staffCount) {
        Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            week.put(day, DayHours.parse("09:00–18:00", "13:00-13:45").orElseThrow());
        }
        week.put(DayOfWeek.FRIDAY, DayHours.parse("9-17", "").orElseThrow());
        return new OfficeForm(id, "Центральный офис", "Самара, ул. Мичурина, 10", 30, staffCount, 53.2, 50.15, week);
    }

    private static LocalTime at(String time) {
        return LocalTime.parse(time);
    }

    private static List<LocalTime> times(List<Slot> slots) {
        return slots.stream().map(s -> s.start().toLocalTime()).toList();
    }

    private static Visit book(Fixture.Person who, long account, LocalDate day, String time) {
        return visits.booking().book(who.viewer(), new NewVisit(account, office.id(), AppealCategory.BILLING, day.atTime(at(time))));
    }

    private static void refused(ThrowingCallable call, Class<? extends CabinetException> kind, String code) {
        assertThatThrownBy(call).isInstanceOf(kind).satisfies(e -> assertThat(((CabinetException) e).code()).isEqualTo(code));
    }

    @Test
    void slots_skip_holidays_weekends_and_the_lunch_break_and_end_an_hour_early_before_a_holiday() {
        List<Slot> thursday = visits.booking().slots(ivanov.viewer(), office.id(), THURSDAY);
        assertThat(times(thursday)).startsWith(at("09:00"), at("09:30")).contains(at("12:30"), at("13:45"))
                .doesNotContain(at("13:00"), at("13:15"), at("13:30")).endsWith(at("17:15")).hasSize(16);
        assertThat(thursday).allSatisfy(s -> assertThat(s.capacity()).isEqualTo(CAPACITY));
        assertThat(thursday.get(0).startsAt()).isEqualTo(Instant.parse("2026-11-05T05:00:00Z"));
        // the pre-holiday Tuesday closes at 17:00 instead of 18:00
        assertThat(times(visits.booking().slots(ivanov.viewer(), office.id(), TUESDAY))).endsWith(at("16:15")).doesNotContain(at("16:45"));
        assertThat(visits.booking().slots(ivanov.viewer(), office.id(), HOLIDAY)).isEmpty();
        assertThat(visits.booking().slots(ivanov.viewer(), office.id(), LocalDate.of(2026, 11, 7))).as("Saturday").isEmpty();
        assertThat(visits.booking().slots(ivanov.viewer(), office.id(), LocalDate.of(2026, 11, 8))).as("Sunday").isEmpty();
        assertThat(times(visits.booking().slots(ivanov.viewer(), office.id(), FRIDAY))).endsWith(at("16:30")).hasSize(16);
        // Saturday 20 February 2027 is worked by decree and shortened: the Friday hours, an hour shorter
        assertThat(times(visits.booking().slots(ivanov.viewer(), office.id(), LocalDate.of(2027, 2, 20)))).startsWith(at("09:00"))
                .endsWith(at("15:30"));
        refused(() -> book(ivanov, ivanovAccount, HOLIDAY, "10:00"), ValidationException.class, VisitSlots.NO_SUCH_SLOT);
        refused(() -> book(ivanov, ivanovAccount, THURSDAY, "13:15"), ValidationException.class, VisitSlots.NO_SUCH_SLOT);
    }

    @Test
    void concurrent_bookings_of_one_slot_succeed_exactly_up_to_its_capacity_and_the_rest_are_told_it_is_full() throws Exception {
        int customers = 10;
        List<Fixture.Holder> crowd = fixture.holders("vi-crowd-", customers, "VOLGA");
        List<Callable<String>> presses = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            Fixture.Holder holder = crowd.get(i);
            presses.add(() -> {
                try {
                    return "booked " + book(holder.person(), holder.accountId(), THURSDAY, "10:00").id();
                } catch (ValidationException e) {
                    return e.code() + " " + e.getMessage();
                }
            });
        }
        List<String> outcomes = AtOnce.results(presses);
        assertThat(outcomes.stream().filter(o -> o.startsWith("booked "))).hasSize(CAPACITY);
        assertThat(outcomes.stream().filter(o -> !o.startsWith("booked "))).hasSize(customers - CAPACITY)
                .allSatisfy(o -> assertThat(o).startsWith(VisitBooking.SLOT_FULL));
        Instant slot = THURSDAY.atTime(10, 0).atZone(Fixture.SAMARA).toInstant();
        assertThat(count("SELECT count(*) FROM visit WHERE office_id = ? AND starts_at = ? AND status = 'BOOKED'", office.id(), slot)).isEqualTo(CAPACITY);
        assertThat(count("SELECT booked FROM visit_slot WHERE office_id = ? AND starts_at = ?", office.id(), slot)).isEqualTo(CAPACITY);
        Slot shown = visits.booking().slots(ivanov.viewer(), office.id(), THURSDAY).stream()
                .filter(s -> s.start().toLocalTime().equals(at("10:00"))).findFirst().orElseThrow();
        assertThat(shown.full()).isTrue();
        assertThat(shown.taken()).isEqualTo(CAPACITY);
        refused(() -> book(ivanov, ivanovAccount, THURSDAY, "10:00"), ValidationException.class, VisitBooking.SLOT_FULL);
    }

    @Test
    void a_customer_moves_and_cancels_a_visit_ahead_but_neither_once_its_time_has_come() {
        Visit visit = book(ivanov, ivanovAccount, FRIDAY, "11:00");
        assertThat(visit.status()).isEqualTo(VisitStatus.BOOKED);
        assertThat(visit.start()).isEqualTo(FRIDAY.atTime(11, 0));
        assertThat(visit.end()).isEqualTo(FRIDAY.atTime(11, 30));
        refused(() -> book(ivanov, ivanovAccount, FRIDAY, "11:00"), ValidationException.class, VisitBooking.ALREADY_BOOKED);

        Visit moved = visits.booking().move(ivanov.viewer(), visit.id(), FRIDAY.atTime(at("14:00")));
        assertThat(moved.start()).isEqualTo(FRIDAY.atTime(14, 0));
        assertThat(taken(FRIDAY, "11:00")).as("the old place is free again").isZero();
        assertThat(taken(FRIDAY, "14:00")).isEqualTo(1);
        refused(() -> visits.booking().move(ivanov.viewer(), visit.id(), HOLIDAY.atTime(at("14:00"))), ValidationException.class,
                VisitSlots.NO_SUCH_SLOT);

        Visit cancelled = visits.booking().cancel(ivanov.viewer(), visit.id());
        assertThat(cancelled.status()).isEqualTo(VisitStatus.CANCELLED);
        assertThat(cancelled.cancelledAt()).isEqualTo(clock.instant());
        assertThat(taken(FRIDAY, "14:00")).isZero();
        refused(() -> visits.booking().cancel(ivanov.viewer(), visit.id()), ValidationException.class, Visit.NOT_BOOKED);
        refused(() -> book(ivanov, ivanovAccount, LocalDate.of(2026, 11, 2), "09:00"), ValidationException.class, VisitSlots.SLOT_PAST);

        Visit late = book(ivanov, ivanovAccount, FRIDAY, "15:00");
        try {
            clock.set("2026-11-06T15:05");
            refused(() -> visits.booking().move(ivanov.viewer(), late.id(), FRIDAY.atTime(at("16:00"))), ValidationException.class, Visit.BEGUN);
            refused(() -> visits.booking().cancel(ivanov.viewer(), late.id()), ValidationException.class, Visit.BEGUN);
            assertThat(visits.booking().mine(ivanov.viewer())).filteredOn(v -> v.id() == late.id()).singleElement()
                    .satisfies(v -> assertThat(v.changeable(clock.instant())).isFalse());
        } finally {
            clock.set(MONDAY);
        }
    }

    @Test
    void the_reminder_goes_once_the_day_before_in_the_organizations_zone_and_again_after_a_move() {
        Office far = visits.offices().save(fixture.staff("vi-far-admin", Role.ADMIN, "FAR"), centralOffice(0, 1));
        Fixture.Person sidorov = fixture.customer("vi-sidorov");
        long account = fixture.account(sidorov, "FAR");
        Visit visit = visits.booking().book(sidorov.viewer(), new NewVisit(account, far.id(), AppealCategory.READINGS_AND_METERS,
                FRIDAY.atTime(10, 0)));
        // 23:30 on Wednesday in Vladivostok: tomorrow is Thursday there, no reminder yet
        visits.reminders().run(Instant.parse("2026-11-04T13:30:00Z"));
        assertThat(noticesOf(sidorov)).isEmpty();
        // 00:30 on Thursday in Vladivostok, still Wednesday in UTC and in Samara: the visit is tomorrow there
        Instant thursdayNight = Instant.parse("2026-11-04T14:30:00Z");
        visits.reminders().run(thursdayNight);
        assertThat(visits.reminders().run(thursdayNight)).as("a second run").isZero();
        visits.reminders().run(thursdayNight.plusSeconds(3600));
        assertThat(noticesOf(sidorov)).singleElement().satisfies(n -> {
            assertThat(n.topic()).isEqualTo(NotificationsForVisits.REMINDER_TOPIC);
            assertThat(n.subject()).isEqualTo("Напоминание: приём 06.11.2026 в 10:00");
            assertThat(n.body()).contains("06.11.2026 в 10:00").contains("Центральный офис").contains("Показания и приборы учёта");
            assertThat(n.link()).isEqualTo("visits");
        });
        assertThat(visits.booking().mine(sidorov.viewer()).get(0).remindedAt()).isEqualTo(thursdayNight);

        // moved to Monday 9 November: reminded again on Sunday, not before
        visits.booking().move(sidorov.viewer(), visit.id(), LocalDate.of(2026, 11, 9).atTime(9, 0));
        visits.reminders().run(Instant.parse("2026-11-07T13:30:00Z"));
        assertThat(noticesOf(sidorov)).hasSize(1);
        visits.reminders().run(Instant.parse("2026-11-07T14:30:00Z"));
        assertThat(noticesOf(sidorov)).hasSize(2);
    }

    @Test
    void a_customer_never_sees_or_changes_another_customers_visit_nor_an_office_of_an_organization_not_theirs() {
        Visit visit = book(ivanov, ivanovAccount, THURSDAY, "16:15");
        refused(() -> visits.booking().cancel(petrova.viewer(), visit.id()), AccessDeniedException.class, VisitAccess.NO_SUCH_VISIT);
        refused(() -> visits.booking().move(petrova.viewer(), visit.id(), THURSDAY.atTime(at("16:45"))), AccessDeniedException.class,
                VisitAccess.NO_SUCH_VISIT);
        assertThat(visits.booking().mine(petrova.viewer())).isEmpty();
        assertThat(visits.booking().mine(ivanov.viewer())).extracting(Visit::id).contains(visit.id());
        // petrova has no account with VOLGA: its office is not hers to see or book, even with ivanov's account
        refused(() -> visits.booking().slots(petrova.viewer(), office.id(), THURSDAY), AccessDeniedException.class, VisitAccess.NO_SUCH_OFFICE);
        assertThat(visits.booking().offices(petrova.viewer())).isEmpty();
        assertThatThrownBy(() -> book(petrova, ivanovAccount, THURSDAY, "16:45")).isInstanceOf(AccessDeniedException.class);
        assertThat(visits.booking().offices(ivanov.viewer())).singleElement().satisfies(c -> {
            assertThat(c.office().id()).isEqualTo(office.id());
            assertThat(c.accounts()).extracting(OfficeChoice.AccountOption::accountId).containsExactly(ivanovAccount);
        });
        // staff are kept to their organization and to the module
        refused(() -> visits.desk().schedule(otherAdmin, office.id(), THURSDAY), AccessDeniedException.class, VisitAccess.NO_SUCH_OFFICE);
        refused(() -> visits.desk().missed(otherAdmin, visit.id()), AccessDeniedException.class, VisitAccess.NO_SUCH_VISIT);
        assertThatThrownBy(() -> visits.desk().schedule(dataOperator, office.id(), THURSDAY)).isInstanceOf(NoModuleException.class);
        assertThatThrownBy(() -> visits.offices().save(operator, centralOffice(office.id(), CAPACITY))).isInstanceOf(NoModuleException.class);
        assertThatThrownBy(() -> visits.offices().save(otherAdmin, centralOffice(office.id(), CAPACITY))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visits.booking().mine(operator)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_see_the_days_schedule_and_mark_visits_held_or_missed_once_their_time_has_come() {
        Fixture.Person kozlov = fixture.customer("vi-kozlov");
        long account = fixture.account(kozlov, "VOLGA");
        Visit morning = book(kozlov, account, THURSDAY, "09:30");
        Visit afternoon = book(ivanov, ivanovAccount, THURSDAY, "15:15");
        Visit evening = book(kozlov, account, THURSDAY, "17:15");

        DaySchedule day = visits.desk().schedule(operator, office.id(), THURSDAY);
        assertThat(day.hours()).hasValueSatisfying(h -> assertThat(h.hoursText()).isEqualTo("09:00–18:00"));
        assertThat(day.lines()).hasSize(16);
        assertThat(day.lines()).filteredOn(l -> l.start().toLocalTime().equals(at("09:30"))).singleElement()
                .satisfies(l -> assertThat(l.visits()).extracting(Visit::id).containsExactly(morning.id()));
        assertThat(visits.desk().schedule(operator, office.id(), HOLIDAY).hours()).isEmpty();

        refused(() -> visits.desk().held(operator, morning.id()), ValidationException.class, Visit.DAY_NOT_COME);
        try {
            clock.set("2026-11-05T14:00");
            Visit held = visits.desk().held(operator, morning.id());
            assertThat(held.status()).isEqualTo(VisitStatus.HELD);
            assertThat(held.heldAt()).isEqualTo(clock.instant());
            refused(() -> visits.desk().missed(operator, morning.id()), ValidationException.class, Visit.NOT_BOOKED);
            refused(() -> visits.desk().missed(operator, afternoon.id()), ValidationException.class, Visit.NOT_BEGUN);
            // held early: the customer came before their time
            assertThat(visits.desk().held(operator, evening.id()).status()).isEqualTo(VisitStatus.HELD);
            clock.set("2026-11-05T15:25");
            assertThat(visits.desk().missed(operator, afternoon.id()).status()).isEqualTo(VisitStatus.MISSED);
            assertThat(visits.booking().mine(ivanov.viewer())).filteredOn(v -> v.id() == afternoon.id()).singleElement()
                    .satisfies(v -> assertThat(v.status()).isEqualTo(VisitStatus.MISSED));
        } finally {
            clock.set(MONDAY);
        }
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'visits.held' AND record_id = ?", String.valueOf(morning.id())))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'visits.missed' AND organization_id = 'VOLGA'")).isEqualTo(1);
    }

    @Test
    void a_held_visit_is_rated_once_by_its_customer_with_the_employee_who_held_it() {
        ServiceRatings ratings = Services.of(fixture.dataSource, clock).ratings();
        Fixture.Person orlova = fixture.customer("vi-orlova");
        long account = fixture.account(orlova, "VOLGA");
        Visit visit = book(orlova, account, FRIDAY, "10:00");
        refused(() -> ratings.rateVisit(orlova.viewer(), visit.id(), 5, null), ValidationException.class, ServiceRatings.VISIT_NOT_HELD);
        try {
            clock.set("2026-11-06T10:20");
            visits.desk().held(operator, visit.id());
            refused(() -> ratings.rateVisit(ivanov.viewer(), visit.id(), 1, null), AccessDeniedException.class, VisitAccess.NO_SUCH_VISIT);
            assertThat(ratings.rateVisit(orlova.viewer(), visit.id(), 4, " Приняли вовремя ").comment()).isEqualTo("Приняли вовремя");
            refused(() -> ratings.rateVisit(orlova.viewer(), visit.id(), 5, null), ValidationException.class, ServiceRatings.ALREADY_RATED);
            assertThat(ratings.ofVisit(operator, visit.id())).hasValueSatisfying(r -> assertThat(r.score()).isEqualTo(4));
            RatingSummary summary = ratings.summary(operator, YearMonth.of(2026, 11), YearMonth.of(2026, 11));
            assertThat(summary.byEmployee()).extracting(RatingAverage::group).contains("vi-operator");
            assertThat(summary.byCategory()).extracting(RatingAverage::group).contains("BILLING");
        } finally {
            clock.set(MONDAY);
        }
    }

    @Test
    void an_administrator_edits_an_office_with_its_hours_and_coordinates_and_bad_input_is_refused_by_name() {
        Office saved = visits.offices().save(admin, new OfficeForm(0, "  Офис на\u0000Мичурина ", "Самара, ул. Мичурина, 15", 20, 2, null, null,
                Map.of(DayOfWeek.MONDAY, DayHours.parse("8:30-12:00", null).orElseThrow())));
        assertThat(saved.name()).as("a NUL byte never reaches the database").isEqualTo("Офис на Мичурина");
        assertThat(saved.latitude()).isNull();
        Office edited = visits.offices().save(admin, new OfficeForm(saved.id(), saved.name(), saved.address(), 15, 4, 53.21, 50.17,
                Map.of(DayOfWeek.TUESDAY, DayHours.parse("10:00–16:00", "12:00–12:30").orElseThrow())));
        assertThat(edited.hours()).containsOnlyKeys(DayOfWeek.TUESDAY);
        assertThat(edited.hours().get(DayOfWeek.TUESDAY).breakText()).isEqualTo("12:00–12:30");
        assertThat(edited.latitude()).isEqualTo(53.21);
        assertThat(edited.staffCount()).isEqualTo(4);
        assertThat(visits.offices().offices(admin)).extracting(Office::id).contains(saved.id(), office.id());
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'visits.office' AND record_id = 'Офис на Мичурина' AND before IS NOT NULL"))
                .isEqualTo(1);

        refused(() -> DayHours.parse("18:00-09:00", null), ValidationException.class, DayHours.HOURS_INVALID);
        refused(() -> DayHours.parse("с утра", null), ValidationException.class, DayHours.HOURS_INVALID);
        refused(() -> DayHours.parse("09-18", "17:30-19:00"), ValidationException.class, DayHours.BREAK_INVALID);
        refused(() -> DayHours.parse("25:00-26:00", null), ValidationException.class, DayHours.HOURS_INVALID);
        Map<DayOfWeek, DayHours> monday = Map.of(DayOfWeek.MONDAY, DayHours.parse("9-18", null).orElseThrow());
        refused(() -> visits.offices().save(admin, new OfficeForm(0, " ", "addr", 30, 1, null, null, monday)), ValidationException.class,
                OfficeAdmin.NAME_REQUIRED);
        refused(() -> visits.offices().save(admin, new OfficeForm(0, "n", "addr", 3, 1, null, null, monday)), ValidationException.class,
                OfficeAdmin.SLOT_INVALID);
        refused(() -> visits.offices().save(admin, new OfficeForm(0, "n", "addr", 30, 0, null, null, monday)), ValidationException.class,
                OfficeAdmin.STAFF_INVALID);
        refused(() -> visits.offices().save(admin, new OfficeForm(0, "n", "addr", 30, 1, 53.2, null, monday)), ValidationException.class,
                OfficeAdmin.COORDINATES_INVALID);
        refused(() -> visits.offices().save(admin, new OfficeForm(0, "n", "addr", 30, 1, null, null, Map.of())), ValidationException.class,
                OfficeAdmin.NO_HOURS);
    }

    private static List<NewNotification> noticesOf(Fixture.Person person) {
        synchronized (notices) {
            return notices.stream().filter(n -> n.userId() == person.userId()).toList();
        }
    }

    private static int taken(LocalDate day, String time) {
        return visits.booking().slots(ivanov.viewer(), office.id(), day).stream().filter(s -> s.start().toLocalTime().equals(at(time)))
                .findFirst().orElseThrow().taken();
    }

    private static int count(String sql, Object... parameters) {
        try (Connection c = fixture.dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object p = parameters[i];
                statement.setObject(i + 1, p instanceof Instant instant ? java.sql.Timestamp.from(instant) : p);
            }
            try (ResultSet r = statement.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
