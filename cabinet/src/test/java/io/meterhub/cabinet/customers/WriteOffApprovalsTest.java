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
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.storage.cabinet.audit.JdbcAuditRepository;
import io.meterhub.storage.cabinet.organizations.JdbcOrganizationRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The four-eyes rule of write-offs against PostgreSQL: below the threshold a write-off is posted by one operator; at or
 * over it nothing reaches the ledger until a second staff member with MANUAL_EDITING approves it, the author can't decide
 * their own request, a rejection needs a reason and posts nothing, a request is decided once, and staff without the
 * module or of another organization are refused.
 */
class WriteOffApprovalsTest {
    private static final WriteOffRule RULE = new WriteOffRule(new BigDecimal("5000.00"));
    private static Fixture fixture;
    private static Services services;
    private static ManualEditing editing;
    private static WriteOffApprovals approvals;
    private static AuditTrail trail;
    private static Viewer admin;
    private static Viewer author;
    private static Viewer second;
    private static Viewer reader;
    private static Viewer stranger;
    private static long accountId;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("write_offs");
        fixture.organization("VOLGA", Fixture.SAMARA, 15, 25);
        fixture.organization("OTHER", Fixture.SAMARA, 15, 25);
        services = Services.of(fixture.dataSource, Fixture.clockAt("2026-03-03T10:00", Fixture.SAMARA));
        editing = services.manualEditing(RULE);
        approvals = services.writeOffApprovals(RULE);
        admin = fixture.staff("wo-admin", Role.ADMIN, "VOLGA");
        trail = new AuditTrail(new JdbcAuditRepository(fixture.dataSource), new JdbcOrganizationRepository(fixture.dataSource), services.staffRights());
        author = fixture.staff("wo-author", Role.OPERATOR, "VOLGA");
        second = fixture.staff("wo-second", Role.OPERATOR, "VOLGA");
        reader = fixture.staff("wo-reader", Role.OPERATOR, "VOLGA");
        stranger = fixture.staff("wo-stranger", Role.ADMIN, "OTHER");
        JdbcStaffRepository staff = new JdbcStaffRepository(fixture.dataSource);
        staff.setModules(author.userId(), List.of("MANUAL_EDITING"), admin.userId());
        staff.setModules(second.userId(), List.of("MANUAL_EDITING"), admin.userId());
        staff.setModules(reader.userId(), List.of("READINGS"), admin.userId());
        accountId = fixture.account(fixture.customer("wo-holder"), "VOLGA");
        fixture.accounts.addService(accountId, "ELECTRICITY");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static BigDecimal debt() {
        return services.ledger.debtByService(accountId).getOrDefault("ELECTRICITY", BigDecimal.ZERO);
    }

    private static ChargeCorrectionResult writeOff(String amount) {
        return editing.correctCharge(author, accountId, new ChargeCorrection("ELECTRICITY", YearMonth.of(2026, 2), new BigDecimal(amount),
                "Списание безнадёжного долга"), "решение комиссии");
    }

    @Test
    void a_write_off_below_the_threshold_is_posted_by_one_person_and_a_large_one_waits_for_a_second() {
        BigDecimal before = debt();
        assertThat(writeOff("-4999.99").awaitsSecondPerson()).isFalse();
        assertThat(debt()).isEqualByComparingTo(before.subtract(new BigDecimal("4999.99")));

        ChargeCorrectionResult large = writeOff("-5000.00");
        assertThat(large.awaitsSecondPerson()).isTrue();
        assertThat(debt()).as("nothing posted yet").isEqualByComparingTo(before.subtract(new BigDecimal("4999.99")));
        assertThat(approvals.requests(second, true, 10)).extracting(WriteOffRequestRow::id).contains(large.writeOffRequestId());

        assertThatThrownBy(() -> approvals.approve(author, large.writeOffRequestId())).isInstanceOfSatisfying(AccessDeniedException.class,
                e -> assertThat(e.code()).isEqualTo(WriteOffApprovals.OWN_REQUEST));
        assertThatThrownBy(() -> approvals.approve(reader, large.writeOffRequestId())).isInstanceOf(NoModuleException.class);
        assertThatThrownBy(() -> approvals.approve(stranger, large.writeOffRequestId())).isInstanceOf(AccessDeniedException.class);
        assertThat(debt()).isEqualByComparingTo(before.subtract(new BigDecimal("4999.99")));

        approvals.approve(second, large.writeOffRequestId());
        assertThat(debt()).isEqualByComparingTo(before.subtract(new BigDecimal("9999.99")));
        assertThat(services.ledger.entriesBySource("write-off:" + large.writeOffRequestId())).singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualByComparingTo("-5000.00"));
        assertThatThrownBy(() -> approvals.approve(second, large.writeOffRequestId())).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.code()).isEqualTo(WriteOffApprovals.ALREADY_DECIDED));
        WriteOffRequestRow decided = approvals.requests(second, false, 10).stream().filter(r -> r.id() == large.writeOffRequestId()).findFirst()
                .orElseThrow();
        assertThat(decided.status()).isEqualTo("APPROVED");
        assertThat(decided.decidedByLogin()).isEqualTo("wo-second");
        assertThat(trail.page(admin, AuditFilter.ALL, null, 50)).extracting(AuditEntry::action)
                .contains("charge.write_off.request", "charge.write_off.approve");
    }

    @Test
    void a_rejected_write_off_needs_a_reason_and_posts_nothing() {
        BigDecimal before = debt();
        long id = writeOff("-12000").writeOffRequestId();
        assertThatThrownBy(() -> approvals.reject(second, id, " ")).isInstanceOf(ValidationException.class);
        approvals.reject(second, id, "нет решения комиссии");
        assertThat(debt()).isEqualByComparingTo(before);
        assertThat(approvals.requests(second, true, 10)).extracting(WriteOffRequestRow::id).doesNotContain(id);
        assertThat(approvals.requests(author, false, 10)).filteredOn(r -> r.id() == id).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("REJECTED");
            assertThat(r.decisionReason()).isEqualTo("нет решения комиссии");
        });
        assertThat(approvals.requests(stranger, false, 10)).as("another organization's staff").extracting(WriteOffRequestRow::id).doesNotContain(id);
    }

    @Test
    void a_charge_raised_by_any_amount_is_posted_at_once() {
        BigDecimal before = debt();
        assertThat(writeOff("25000.00").awaitsSecondPerson()).isFalse();
        assertThat(debt()).isEqualByComparingTo(before.add(new BigDecimal("25000.00")));
    }

    @Test
    void the_threshold_comes_from_the_environment_with_a_clear_error() {
        assertThat(WriteOffRule.fromEnvironment(Map.of()).secondPersonFrom()).isEqualByComparingTo("10000.00");
        assertThat(WriteOffRule.fromEnvironment(Map.of(WriteOffRule.VARIABLE, "2 500,50")).secondPersonFrom()).isEqualByComparingTo("2500.50");
        assertThatThrownBy(() -> WriteOffRule.fromEnvironment(Map.of(WriteOffRule.VARIABLE, "много"))).hasMessageContaining(WriteOffRule.VARIABLE);
        assertThatThrownBy(() -> WriteOffRule.fromEnvironment(Map.of(WriteOffRule.VARIABLE, "-1"))).hasMessageContaining(WriteOffRule.VARIABLE);
    }
}
