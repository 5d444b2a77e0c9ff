package io.meterhub.cabinet.notices;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.MovableClock;
import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.NoModuleException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Announcements and planned outages against PostgreSQL: targeting all customers, an address's house range and side, a service;
 * validity days in the organization's zone; past outages kept for a month and marked past; a notice once per user however
 * often an outage is edited; a customer kept to their organizations and to what is addressed to them; staff kept to their
 * organization and the ANNOUNCEMENTS module; every change audited.
 */
class NoticesServiceTest {
    private static Fixture fixture;
    private static MovableClock clock;
    private static NoticesFeature notices;
    private static final List<String> told = Collections.synchronizedList(new ArrayList<>());
    private static Viewer admin;
    private static Viewer operator;
    private static Viewer bare;
    private static Viewer otherAdmin;
    private static Fixture.Person ivanov;
    private static Fixture.Person petrova;
    private static Fixture.Person sidorov;
    private static Fixture.Person stranger;
    private static Fixture.Person attached;

    @BeforeAll
    static void open() throws Exception {
        fixture = Fixture.open("notices_service");
        fixture.organization("VOLGA", Fixture.SAMARA, 15, 25);
        fixture.organization("OTHER", Fixture.SAMARA, 15, 25);
        sql("INSERT INTO organization_service (organization_id, service_code) VALUES ('VOLGA', 'ELECTRICITY'), ('VOLGA', 'HOT_WATER'),"
                + " ('OTHER', 'ELECTRICITY')");
        // Tuesday 3 November 2026, 10:00 in Samara
        clock = new MovableClock("2026-11-03T10:00", Fixture.SAMARA);
        notices = Services.of(fixture.dataSource, clock).notices(new NoticeNotifier() {
            @Override
            public void outagePublished(long userId, PlannedOutage outage, String organizationName) {
                told.add("outage " + outage.id() + " to " + userId);
            }

            @Override
            public void announcementCopy(long userId, Announcement announcement, String organizationName) {
                told.add("copy " + announcement.id() + " to " + userId);
            }
        });
        admin = fixture.staff("nt-admin", Role.ADMIN, "VOLGA");
        operator = fixture.staff("nt-operator", Role.OPERATOR, "VOLGA");
        new JdbcStaffRepository(fixture.dataSource).setModules(operator.userId(), List.of("ANNOUNCEMENTS"), admin.userId());
        bare = fixture.staff("nt-bare", Role.OPERATOR, "VOLGA");
        new JdbcStaffRepository(fixture.dataSource).setModules(bare.userId(), List.of("APPEALS"), admin.userId());
        otherAdmin = fixture.staff("nt-other-admin", Role.ADMIN, "OTHER");
        ivanov = fixture.customer("nt-ivanov");
        petrova = fixture.customer("nt-petrova");
        sidorov = fixture.customer("nt-sidorov");
        stranger = fixture.customer("nt-stranger");
        account(ivanov, "VOLGA", "г. Самара, ул. Молодогвардейская, д. 151, кв. 42", "ELECTRICITY");
        account(petrova, "VOLGA", "г. Самара, ул. Ново - Садовая, д. 3, кв. 7", "ELECTRICITY", "HOT_WATER");
        account(sidorov, "VOLGA", "Самара, Молодогвардейская ул., 150", "ELECTRICITY");
        account(stranger, "OTHER", "г. Самара, ул. Молодогвардейская, д. 151, кв. 1", "ELECTRICITY");
        // a customer without a login: reached (the count of accounts); told once someone attaches the account by its PIN
        long holder = fixture.accounts.createCustomer(null, "INDIVIDUAL", "Без Входа", null, null, null, null);
        long id = fixture.accounts.createAccount("LS-NOLOGIN", "VOLGA", holder, "ул. Молодогвардейская, 151, кв. 9", LocalDate.of(2020, 1, 1));
        fixture.accounts.addService(id, "ELECTRICITY");
        attached = fixture.customer("nt-attached");
        sql("INSERT INTO account_access (account_id, user_id, kind, granted_by, granted_at) VALUES (" + id + ", " + attached.userId() + ", 'HOLDER', "
                + attached.userId() + ", now())");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @BeforeEach
    void now() throws Exception {
        clock.set("2026-11-03T10:00");
        sql("DELETE FROM announcement_read; DELETE FROM announcement; DELETE FROM planned_outage; DELETE FROM notice_sent");
        told.clear();
    }

    @Test
    void an_announcement_for_all_reaches_every_customer_of_the_organization_and_no_one_else() {
        AnnouncementForm form = announcement("Приём не работает 4 ноября", AudienceKind.ALL, null, null);
        assertThat(notices.announcements().preview(operator, form)).as("four accounts, the attached one's login too").isEqualTo(new AudienceCount(4, 4));
        Announcement published = notices.announcements().publish(operator, form);
        for (Fixture.Person reached : List.of(ivanov, petrova, sidorov, attached)) {
            assertThat(titles(reached)).containsExactly("Приём не работает 4 ноября");
        }
        assertThat(titles(stranger)).as("a customer of another organization").isEmpty();
        assertThat(published.emailCopy()).isFalse();
        assertThat(told).as("no email copy asked").isEmpty();
    }

    @Test
    void an_address_announcement_reaches_the_houses_of_its_range_and_side_only() {
        AnnouncementForm form = announcement("Замена стояков", AudienceKind.ADDRESS, "ул. Молодогвардейская, 141-199, нечётные", null);
        assertThat(notices.announcements().preview(operator, form)).isEqualTo(new AudienceCount(2, 2));
        notices.announcements().publish(operator, form);
        assertThat(titles(ivanov)).containsExactly("Замена стояков");
        assertThat(titles(attached)).as("house 151, the account they attached").containsExactly("Замена стояков");
        assertThat(titles(sidorov)).as("house 150 is on the even side").isEmpty();
        assertThat(titles(petrova)).isEmpty();
        assertThat(titles(stranger)).as("the same house, but another organization's account").isEmpty();
    }

    @Test
    void a_service_announcement_reaches_the_accounts_with_that_service() {
        notices.announcements().publish(operator, announcement("Горячая вода: промывка", AudienceKind.SERVICE, null, "HOT_WATER"));
        assertThat(titles(petrova)).containsExactly("Горячая вода: промывка");
        assertThat(titles(ivanov)).isEmpty();
        assertThatThrownBy(() -> notices.announcements().publish(operator, announcement("Вода", AudienceKind.SERVICE, null, "COLD_WATER")))
                .as("a service the organization does not bill").isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("code", AnnouncementDesk.SERVICE_INVALID);
    }

    @Test
    void an_announcement_is_current_on_its_days_in_the_organizations_zone_and_recent_for_a_month_after() {
        notices.announcements().publish(operator, new AnnouncementForm("Завтра", "Текст", LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 5),
                AudienceKind.ALL, null, null, false));
        assertThat(notices.board().board(ivanov.viewer()).announcements()).as("not yet started").isEmpty();
        // 23:30 on the 5th in Samara is 19:30 UTC: still in force
        clock.set("2026-11-05T23:30");
        assertThat(notices.board().board(ivanov.viewer()).current()).hasSize(1);
        assertThat(notices.board().board(ivanov.viewer()).unread()).isEqualTo(1);
        // 00:10 on the 6th in Samara is still the 5th in UTC, but the organization's day is over
        clock.set("2026-11-06T00:10");
        Board after = notices.board().board(ivanov.viewer());
        assertThat(after.current()).isEmpty();
        assertThat(after.unread()).as("an ended announcement is no longer counted").isZero();
        assertThat(after.announcements()).extracting(a -> a.announcement().title()).as("listed as recent").containsExactly("Завтра");
        clock.set("2026-12-06T00:10");
        assertThat(notices.board().board(ivanov.viewer()).announcements()).as("a month after its last day").isEmpty();
    }

    @Test
    void reading_marks_an_announcement_read_for_that_user_alone_and_only_if_it_is_addressed_to_them() {
        Announcement all = notices.announcements().publish(operator, announcement("Всем", AudienceKind.ALL, null, null));
        Announcement street = notices.announcements().publish(operator,
                announcement("Молодогвардейская", AudienceKind.ADDRESS, "Молодогвардейская", null));
        assertThat(notices.board().board(ivanov.viewer()).unread()).isEqualTo(2);
        notices.board().read(ivanov.viewer(), all.id());
        notices.board().read(ivanov.viewer(), all.id());
        assertThat(notices.board().board(ivanov.viewer()).unread()).isEqualTo(1);
        assertThat(notices.board().board(petrova.viewer()).unread()).isEqualTo(1);
        assertThatThrownBy(() -> notices.board().read(petrova.viewer(), street.id())).isInstanceOf(AccessDeniedException.class)
                .hasFieldOrPropertyWithValue("code", NoticeAccess.NO_SUCH_ANNOUNCEMENT);
        assertThatThrownBy(() -> notices.board().read(stranger.viewer(), all.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notices.board().board(operator)).as("staff have no customer's board").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_email_copy_goes_once_to_each_user_reached_also_when_an_edit_widens_it() {
        Announcement a = notices.announcements().publish(operator, new AnnouncementForm("Копия", "Текст как есть <b>", LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 11, 10), AudienceKind.ADDRESS, "ул. Молодогвардейская, 151", null, true));
        // house 151: ivanov's flat, and flat 9, whose account nt-attached attached
        assertThat(told).containsExactlyInAnyOrder("copy " + a.id() + " to " + ivanov.userId(), "copy " + a.id() + " to " + attached.userId());
        notices.announcements().edit(operator, a.id(), new AnnouncementForm("Копия", "Текст как есть <b>", LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 11, 10), AudienceKind.ADDRESS, "ул. Молодогвардейская, 150-151", null, true));
        assertThat(told).containsExactlyInAnyOrder("copy " + a.id() + " to " + ivanov.userId(), "copy " + a.id() + " to " + attached.userId(),
                "copy " + a.id() + " to " + sidorov.userId());
        assertThat(notices.announcements().get(operator, a.id()).text()).isEqualTo("Текст как есть <b>");
    }

    @Test
    void an_outage_touches_the_houses_of_its_ranges_with_its_service_and_tells_each_user_once() {
        OutageForm form = outage("ELECTRICITY", "ул. Молодогвардейская, 140-160", "2026-11-10T09:00", "2026-11-10T17:00");
        assertThat(notices.outages().preview(operator, form)).isEqualTo(new AudienceCount(3, 3));
        PlannedOutage outage = notices.outages().publish(operator, form);
        assertThat(told).containsExactlyInAnyOrder("outage " + outage.id() + " to " + ivanov.userId(),
                "outage " + outage.id() + " to " + sidorov.userId(), "outage " + outage.id() + " to " + attached.userId());
        assertThat(outages(ivanov)).containsExactly(outage.id() + " UPCOMING");
        assertThat(outages(petrova)).isEmpty();
        assertThat(outages(stranger)).as("the same house, another organization").isEmpty();
        assertThat(notices.board().board(ivanov.viewer()).outages().get(0).outage().localStart()).isEqualTo(LocalDateTime.parse("2026-11-10T09:00"));

        told.clear();
        notices.outages().edit(operator, outage.id(), outage("ELECTRICITY", "ул. Молодогвардейская, 140-160\nНово-Садовая, 1-9, нечётные",
                "2026-11-10T09:00", "2026-11-10T18:00"));
        assertThat(told).as("only the newly touched customer").containsExactly("outage " + outage.id() + " to " + petrova.userId());
        told.clear();
        notices.outages().edit(operator, outage.id(), outage("ELECTRICITY", "ул. Молодогвардейская, 140-160\nНово-Садовая, 1-9, нечётные",
                "2026-11-11T09:00", "2026-11-11T18:00"));
        assertThat(told).as("a second edit tells no one again").isEmpty();
        assertThat(outages(petrova)).containsExactly(outage.id() + " UPCOMING");
    }

    @Test
    void an_outage_of_a_service_an_account_lacks_does_not_touch_it() {
        notices.outages().publish(operator, outage("HOT_WATER", "ул. Молодогвардейская", "2026-11-10T09:00", "2026-11-10T17:00"));
        assertThat(outages(ivanov)).isEmpty();
        assertThat(told).isEmpty();
    }

    @Test
    void past_outages_stay_visible_for_a_month_marked_past() {
        PlannedOutage outage = notices.outages().publish(operator, outage("ELECTRICITY", "Молодогвардейская", "2026-11-03T09:00",
                "2026-11-03T12:00"));
        assertThat(outages(ivanov)).containsExactly(outage.id() + " CURRENT");
        assertThat(notices.board().board(ivanov.viewer()).comingOrOn()).hasSize(1);
        clock.set("2026-11-20T10:00");
        assertThat(outages(ivanov)).containsExactly(outage.id() + " PAST");
        assertThat(notices.board().board(ivanov.viewer()).comingOrOn()).isEmpty();
        clock.set("2026-12-03T11:59");
        assertThat(outages(ivanov)).containsExactly(outage.id() + " PAST");
        clock.set("2026-12-03T12:01");
        assertThat(outages(ivanov)).as("a month after its end").isEmpty();

        told.clear();
        notices.outages().publish(operator, outage("ELECTRICITY", "Молодогвардейская", "2026-11-01T09:00", "2026-11-01T12:00"));
        assertThat(told).as("nobody is told of an outage that is over").isEmpty();
    }

    @Test
    void withdrawn_ones_are_gone_for_customers_and_kept_for_staff_and_every_change_is_audited() throws Exception {
        Announcement a = notices.announcements().publish(operator, announcement("Снять", AudienceKind.ALL, null, null));
        PlannedOutage o = notices.outages().publish(operator, outage("ELECTRICITY", "Молодогвардейская", "2026-11-10T09:00", "2026-11-10T17:00"));
        notices.announcements().withdraw(operator, a.id());
        notices.outages().withdraw(admin, o.id());
        assertThat(notices.board().board(ivanov.viewer()).announcements()).isEmpty();
        assertThat(notices.board().board(ivanov.viewer()).outages()).isEmpty();
        assertThat(notices.announcements().list(operator)).extracting(Announcement::withdrawn).containsExactly(true);
        assertThat(notices.outages().list(operator)).extracting(PlannedOutage::withdrawn).containsExactly(true);
        assertThatThrownBy(() -> notices.announcements().edit(operator, a.id(), announcement("Снова", AudienceKind.ALL, null, null)))
                .isInstanceOf(ValidationException.class);
        assertThat(auditActions()).contains("notices.announcement.publish " + a.id(), "notices.announcement.withdraw " + a.id(),
                "notices.outage.publish " + o.id(), "notices.outage.withdraw " + o.id());
    }

    @Test
    void staff_keep_to_their_organization_and_the_module() {
        Announcement a = notices.announcements().publish(admin, announcement("Своё", AudienceKind.ALL, null, null));
        assertThatThrownBy(() -> notices.announcements().list(bare)).isInstanceOf(NoModuleException.class);
        assertThatThrownBy(() -> notices.outages().publish(bare, outage("ELECTRICITY", "Ленина", "2026-11-10T09:00", "2026-11-10T17:00")))
                .isInstanceOf(NoModuleException.class);
        assertThatThrownBy(() -> notices.announcements().get(otherAdmin, a.id())).isInstanceOf(AccessDeniedException.class)
                .hasFieldOrPropertyWithValue("code", NoticeAccess.NO_SUCH_ANNOUNCEMENT);
        assertThatThrownBy(() -> notices.announcements().withdraw(otherAdmin, a.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(notices.announcements().list(otherAdmin)).isEmpty();
        assertThatThrownBy(() -> notices.announcements().list(ivanov.viewer())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bad_input_is_refused_naming_what_is_wrong() {
        assertThatThrownBy(() -> notices.announcements().publish(operator, announcement(" ", AudienceKind.ALL, null, null)))
                .hasFieldOrPropertyWithValue("code", AnnouncementDesk.TITLE_REQUIRED);
        assertThatThrownBy(() -> notices.announcements().publish(operator, new AnnouncementForm("T", "X", LocalDate.of(2026, 11, 5),
                LocalDate.of(2026, 11, 4), AudienceKind.ALL, null, null, false))).hasFieldOrPropertyWithValue("code", AnnouncementDesk.PERIOD_INVALID);
        assertThatThrownBy(() -> notices.announcements().preview(operator, announcement("T", AudienceKind.ADDRESS, "151", null)))
                .hasFieldOrPropertyWithValue("code", AddressRange.INVALID);
        assertThatThrownBy(() -> notices.outages().publish(operator, outage("ELECTRICITY", "Ленина", "2026-11-10T17:00", "2026-11-10T09:00")))
                .hasFieldOrPropertyWithValue("code", OutageDesk.TIMES_INVALID);
        assertThatThrownBy(() -> notices.outages().publish(operator, outage("ELECTRICITY", "\n \n", "2026-11-10T09:00", "2026-11-10T17:00")))
                .hasFieldOrPropertyWithValue("code", OutageDesk.ADDRESSES_REQUIRED);
        assertThatThrownBy(() -> notices.outages().publish(operator, outage("ELECTRICITY", "Ленина\u0000\uFFFF, 20-10", "2026-11-10T09:00",
                "2026-11-10T17:00"))).hasFieldOrPropertyWithValue("code", AddressRange.INVALID);
    }

    @Test
    void any_bytes_in_the_texts_are_kept_without_control_characters_and_never_crash() {
        Announcement a = notices.announcements().publish(operator, new AnnouncementForm("Заго\u0000ловок\u0007", "Строка 1\r\nСтрока\u0000 2 <script>",
                LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 4), AudienceKind.ADDRESS, "ул. Молодо\u0000гвардейская\u001b, 151", null, false));
        Announcement stored = notices.announcements().get(operator, a.id());
        assertThat(stored.title()).isEqualTo("Заголовок");
        assertThat(stored.text()).isEqualTo("Строка 1\nСтрока 2 <script>");
        assertThat(titles(ivanov)).containsExactly("Заголовок");
        PlannedOutage o = notices.outages().publish(operator, new OutageForm("ELECTRICITY", "При\u0000чина\uFFFF", LocalDateTime.parse("2026-11-10T09:00"),
                LocalDateTime.parse("2026-11-10T10:00"), "Молодогвардейская\u0000\n\u0000\n"));
        assertThat(notices.outages().get(operator, o.id()).reason()).isEqualTo("Причина");
        assertThat(outages(ivanov)).containsExactly(o.id() + " UPCOMING");
    }

    private static AnnouncementForm announcement(String title, AudienceKind audience, String address, String service) {
        return new AnnouncementForm(title, "Текст объявления", LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 30), audience, address, service,
                false);
    }

    private static OutageForm outage(String service, String addresses, String from, String to) {
        return new OutageForm(service, "Замена кабеля", LocalDateTime.parse(from), LocalDateTime.parse(to), addresses);
    }

    private static List<String> titles(Fixture.Person person) {
        return notices.board().board(person.viewer()).current().stream().map(a -> a.announcement().title()).toList();
    }

    private static List<String> outages(Fixture.Person person) {
        return notices.board().board(person.viewer()).outages().stream().map(o -> o.outage().id() + " " + o.phase()).toList();
    }

    private static void account(Fixture.Person holder, String organization, String address, String... services) {
        long id = fixture.accounts.createAccount("LS-" + holder.userId() + "-" + organization, organization, holder.customerId(), address,
                LocalDate.of(2020, 1, 1));
        for (String service : services) {
            fixture.accounts.addService(id, service);
        }
    }

    private static List<String> auditActions() throws Exception {
        List<String> actions = new ArrayList<>();
        try (Connection c = fixture.dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT action, record_id FROM audit_entry WHERE action LIKE 'notices.%' ORDER BY id")) {
            while (r.next()) {
                actions.add(r.getString(1) + " " + r.getString(2));
            }
        }
        return actions;
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = fixture.dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
