package io.meterhub.cabinet.customers;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.NoModuleException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditEntry;
import io.meterhub.cabinet.audit.AuditFilter;
import io.meterhub.cabinet.audit.AuditTrail;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.readings.ReadingRow;
import io.meterhub.storage.cabinet.audit.JdbcAuditRepository;
import io.meterhub.storage.cabinet.customers.JdbcCustomerDirectoryRepository;
import io.meterhub.storage.cabinet.organizations.JdbcOrganizationRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Manual editing against PostgreSQL: accounts, meters, an operator's reading and a charge correction,
 * each refused without a reason (nothing written), each in the audit log with before and after and
 * no personal data in clear; only holders of MANUAL_EDITING of the record's organization.
 */
class ManualEditingTest {
    private static Fixture fixture;
    private static Services services;
    private static ManualEditing editing;
    private static AuditTrail trail;
    private static CustomerDirectoryRepository directory;
    private static Viewer admin;
    private static Viewer editor;
    private static long accountId;
    private static long meterId;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("manual_editing");
        fixture.organization("VOLGA", Fixture.SAMARA, 15, 25);
        fixture.organization("OTHER", Fixture.SAMARA, 15, 25);
        // the window is the 15th to the 25th; the clock is on the 3rd: an operator's reading is taken anyway
        services = Services.of(fixture.dataSource, Fixture.clockAt("2026-03-03T10:00", Fixture.SAMARA));
        editing = services.manualEditing();
        directory = new JdbcCustomerDirectoryRepository(fixture.dataSource);
        trail = new AuditTrail(new JdbcAuditRepository(fixture.dataSource), new JdbcOrganizationRepository(fixture.dataSource), services.staffRights());
        admin = fixture.staff("edit-admin", Role.ADMIN, "VOLGA");
        editor = fixture.staff("edit-operator", Role.OPERATOR, "VOLGA");
        new JdbcStaffRepository(fixture.dataSource).setModules(editor.userId(), List.of("MANUAL_EDITING"), admin.userId());
        Fixture.Person holder = fixture.customer("edit-holder");
        accountId = fixture.account(holder, "VOLGA");
        fixture.accounts.addService(accountId, "ELECTRICITY");
        meterId = fixture.meter(accountId, "ELECTRICITY", 2, 6, 1, null);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void an_edit_without_a_reason_is_refused_and_changes_nothing() {
        String serialBefore = directory.meter(meterId).orElseThrow().serial();
        assertThatThrownBy(() -> editing.editMeter(editor, meterId, new MeterEdit("NEW-1", "Меркурий 201", 6, 1, null), "  "))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("reason"));
        assertThat(directory.meter(meterId).orElseThrow().serial()).isEqualTo(serialBefore);
        assertThatThrownBy(() -> editing.editAccount(editor, accountId, new AccountEdit("Самара, ул. Новая, 1", LocalDate.of(2020, 1, 1)), null))
                .isInstanceOf(InvalidFieldsException.class);
        assertThatThrownBy(() -> editing.enterReading(editor, meterId, new OperatorReading(1, new BigDecimal("10"), LocalDate.of(2026, 3, 1)), ""))
                .isInstanceOf(InvalidFieldsException.class);
        assertThatThrownBy(() -> editing.correctCharge(editor, accountId, new ChargeCorrection("ELECTRICITY", YearMonth.of(2026, 2),
                new BigDecimal("-10.50"), "Перерасчёт"), null)).isInstanceOf(InvalidFieldsException.class);
        assertThat(services.ledger.entries(accountId, null, 100, 0)).noneMatch(e -> e.amount().compareTo(new BigDecimal("-10.50")) == 0);
    }

    @Test
    void staff_without_manual_editing_and_other_organizations_are_refused() {
        Viewer usersOnly = fixture.staff("edit-users-only", Role.OPERATOR, "VOLGA");
        new JdbcStaffRepository(fixture.dataSource).setModules(usersOnly.userId(), List.of("USERS"), admin.userId());
        assertThatThrownBy(() -> editing.editMeter(usersOnly, meterId, new MeterEdit("X-1", "M", 6, 1, null), "причина"))
                .isInstanceOf(NoModuleException.class).hasMessage("This needs the module \"Manual editing\"");
        Viewer otherAdmin = fixture.staff("edit-other-admin", Role.ADMIN, "OTHER");
        assertThatThrownBy(() -> editing.editMeter(otherAdmin, meterId, new MeterEdit("X-1", "M", 6, 1, null), "причина"))
                .isInstanceOf(AccessDeniedException.class).hasMessage(AccessDeniedException.noSuchMeter().getMessage());
        assertThatThrownBy(() -> editing.editAccount(otherAdmin, accountId, new AccountEdit("x", LocalDate.of(2020, 1, 1)), "причина"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_meter_edit_is_audited_with_the_meter_before_and_after_and_the_reason() {
        editing.editMeter(editor, meterId, new MeterEdit("SN-FIXED-1", "Меркурий 231", 7, 2, LocalDate.of(2031, 6, 30)),
                "опечатка в заводском номере");
        var meter = directory.meter(meterId).orElseThrow();
        assertThat(meter.serial()).isEqualTo("SN-FIXED-1");
        assertThat(meter.digits()).isEqualTo(7);
        assertThat(meter.nextVerificationOn()).isEqualTo(LocalDate.of(2031, 6, 30));

        AuditEntry entry = trail.page(admin, new AuditFilter(null, null, "meter.edit", null), null, 10).get(0);
        assertThat(entry.actorLogin()).isEqualTo("edit-operator");
        assertThat(entry.reason()).isEqualTo("опечатка в заводском номере");
        assertThat(entry.recordId()).isEqualTo(String.valueOf(meterId));
        assertThat(entry.changes()).extracting(AuditEntry.Change::property)
                .containsExactlyInAnyOrder("serial", "model", "digits", "decimals", "nextVerificationOn");
        assertThat(entry.changes()).filteredOn(c -> c.property().equals("serial")).singleElement()
                .satisfies(c -> assertThat(c.after()).isEqualTo("SN-FIXED-1"));
    }

    @Test
    void a_wrong_meter_field_is_named_and_nothing_is_written() {
        assertThatThrownBy(() -> editing.editMeter(editor, meterId, new MeterEdit(" ", "", 12, 5, null), "проверка"))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("serial", "model", "digits", "decimals"));
    }

    @Test
    void an_account_edit_changes_the_address_and_opening_date_with_before_and_after_in_the_audit() {
        editing.editAccount(editor, accountId, new AccountEdit("Самара, ул. Ленина, 1, кв. 5", LocalDate.of(2019, 5, 1)), "уточнён адрес");
        var account = directory.account(accountId).orElseThrow();
        assertThat(account.address()).isEqualTo("Самара, ул. Ленина, 1, кв. 5");
        assertThat(account.openedOn()).isEqualTo(LocalDate.of(2019, 5, 1));
        AuditEntry entry = trail.page(admin, new AuditFilter(null, null, "account.edit", null), null, 10).get(0);
        assertThat(entry.changes()).filteredOn(c -> c.property().equals("address")).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo("Самара, ул. Ленина, 1");
            assertThat(c.after()).isEqualTo("Самара, ул. Ленина, 1, кв. 5");
        });
        // the holder's personal data (SNILS, phone) is nowhere in the log
        assertThat(trail.page(admin, new AuditFilter(null, null, null, "445"), null, 10)).isEmpty();
        assertThat(trail.page(admin, new AuditFilter(null, null, null, "345-67"), null, 10)).isEmpty();
    }

    @Test
    void an_operators_reading_is_accepted_outside_the_window_and_checked_against_the_meter() {
        assertThatThrownBy(() -> editing.enterReading(editor, meterId, new OperatorReading(3, new BigDecimal("12.5"), LocalDate.of(2026, 3, 2)),
                "по телефону")).isInstanceOfSatisfying(InvalidFieldsException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("zone"));
        assertThatThrownBy(() -> editing.enterReading(editor, meterId, new OperatorReading(1, new BigDecimal("12.5"), LocalDate.of(2026, 3, 9)),
                "по телефону")).isInstanceOf(InvalidFieldsException.class).hasMessageContaining("form");
        long id = editing.enterReading(editor, meterId, new OperatorReading(1, new BigDecimal("12.5"), LocalDate.of(2026, 3, 2)), "по телефону");
        ReadingRow reading = services.readings.reading(id).orElseThrow();
        assertThat(reading.status()).isEqualTo("ACCEPTED");
        assertThat(reading.value()).isEqualByComparingTo("12.5");
        assertThat(trail.page(admin, new AuditFilter(null, null, "reading.enter", null), null, 10)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("по телефону"));
    }

    @Test
    void a_charge_is_corrected_by_an_adjustment_entry_with_kopecks() {
        assertThatThrownBy(() -> editing.correctCharge(editor, accountId, new ChargeCorrection("HOT_WATER", YearMonth.of(2026, 2),
                new BigDecimal("1.005"), "x"), "перерасчёт")).isInstanceOfSatisfying(InvalidFieldsException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("service", "amount"));
        editing.correctCharge(editor, accountId, new ChargeCorrection("ELECTRICITY", YearMonth.of(2026, 2), new BigDecimal("-150.25"),
                "Перерасчёт за февраль"), "жалоба потребителя");
        assertThat(services.ledger.debtByService(accountId).get("ELECTRICITY")).isEqualByComparingTo("-150.25");
        assertThat(services.ledger.entries(accountId, "ELECTRICITY", 10, 0)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("ADJUSTMENT");
            assertThat(e.description()).isEqualTo("Перерасчёт за февраль");
            assertThat(e.period()).isEqualTo(LocalDate.of(2026, 2, 1));
        });
        AuditEntry entry = trail.page(admin, new AuditFilter(null, null, "charge.adjust", null), null, 10).get(0);
        assertThat(entry.changes()).filteredOn(c -> c.property().equals("amount")).singleElement().satisfies(c -> {
            assertThat(c.before()).isNull();
            assertThat(c.after()).isEqualTo("-150.25");
        });
        assertThat(entry.reason()).isEqualTo("жалоба потребителя");
    }
}
