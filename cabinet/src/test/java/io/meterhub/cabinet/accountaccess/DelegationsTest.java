package io.meterhub.cabinet.accountaccess;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.MovableClock;
import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountRow;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.payments.PaymentLine;
import io.meterhub.cabinet.payments.PaymentRejectedException;
import io.meterhub.cabinet.payments.PaymentService;
import io.meterhub.cabinet.payments.SandboxPaymentConfig;
import io.meterhub.cabinet.payments.SandboxPaymentProvider;
import io.meterhub.cabinet.receipts.ReceiptService;
import io.meterhub.storage.cabinet.payments.JdbcPaymentStore;
import io.meterhub.storage.cabinet.receipts.JdbcReceiptQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Delegation against PostgreSQL: each kind allows exactly its service methods (seeing, submitting readings, paying),
 * a delegate cannot hand the account on, a revocation and the end of the date count from the next call, both sides
 * read the history, and the delegate is found by login, email or phone.
 */
class DelegationsTest {
    private static final String SECRET = "delegation-test-secret-0123456789abcdef0123";
    private static Fixture fixture;
    private static MovableClock clock;
    private static Services services;
    private static Delegations delegations;
    private static PaymentService payments;

    private record Household(Viewer holder, long account, long meter) {
    }

    @BeforeAll
    static void open() {
        fixture = Fixture.open("delegations");
        fixture.organization("DLG", Fixture.SAMARA, 1, 31);
        clock = new MovableClock("2026-11-20T10:00", Fixture.SAMARA);
        services = Services.of(fixture.dataSource, clock);
        delegations = services.delegations();
        payments = services.payments(new SandboxPaymentProvider(new SandboxPaymentConfig(SECRET, "/sandbox/pay/")),
                new JdbcPaymentStore()::insertPaymentEntry, "/payments/done");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static Household household(String login) {
        Fixture.Person holder = fixture.customer(login);
        long account = fixture.account(holder, "DLG");
        fixture.accounts.addService(account, "ELECTRICITY");
        return new Household(holder.viewer(), account, fixture.meter(account, "ELECTRICITY", 1, 6, 1, null));
    }

    private static void submit(Viewer viewer, long meter, String value) {
        services.submissions().submit(viewer, meter, Map.of(1, new BigDecimal(value)));
    }

    private static void pay(Viewer viewer, long account) {
        payments.start(viewer.userId(), List.of(new PaymentLine(account, "ELECTRICITY", new BigDecimal("100.00"))), UUID.randomUUID().toString());
    }

    private static boolean mayViewReceipt(Viewer viewer, long account) {
        return ReceiptService.holderOrStaff(new JdbcReceiptQueries(fixture.dataSource), services.access()).mayView(viewer.userId(), account);
    }

    private static String code(Runnable action) {
        return catchThrowableOfType(CabinetException.class, action::run).code();
    }

    @Test
    void each_kind_allows_exactly_its_service_methods() {
        Household home = household("dlg-holder");
        Viewer viewer = fixture.customer("dlg-view").viewer();
        Viewer reader = fixture.customer("dlg-readings").viewer();
        Viewer payer = fixture.customer("dlg-payer").viewer();
        delegations.grant(home.holder(), home.account(), "dlg-view", AccessKind.VIEW, LocalDate.of(2027, 1, 31));
        delegations.grant(home.holder(), home.account(), "dlg-readings", AccessKind.READINGS, LocalDate.of(2027, 1, 31));
        delegations.grant(home.holder(), home.account(), "dlg-payer", AccessKind.READINGS_AND_PAYMENTS, null);

        for (Viewer each : List.of(viewer, reader, payer)) {
            assertThat(services.access().accounts(each)).extracting(AccountRow::id).containsExactly(home.account());
            assertThat(services.overview().account(each, home.account()).accountId()).isEqualTo(home.account());
            assertThat(services.ledgerService().debt(each, home.account()).accountId()).isEqualTo(home.account());
            assertThat(services.submissions().history(each, home.meter())).isNotNull();
            assertThat(mayViewReceipt(each, home.account())).isTrue();
        }
        assertThatThrownBy(() -> submit(viewer, home.meter(), "100.0")).as("VIEW does not submit").isInstanceOf(AccessDeniedException.class)
                .extracting(e -> ((CabinetException) e).code()).isEqualTo("access.no_such_meter");
        submit(reader, home.meter(), "100.0");
        submit(payer, home.meter(), "110.0");
        assertThat(services.submissions().history(home.holder(), home.meter())).hasSize(2);

        assertThatThrownBy(() -> pay(viewer, home.account())).as("VIEW does not pay").isInstanceOf(PaymentRejectedException.class);
        assertThatThrownBy(() -> pay(reader, home.account())).as("READINGS does not pay").isInstanceOf(PaymentRejectedException.class);
        pay(payer, home.account());
        pay(home.holder(), home.account());

        assertThat(services.delegations().myAccounts(reader)).extracting(MyAccount::kind).containsExactly(AccessKind.READINGS);
    }

    @Test
    void a_delegate_cannot_delegate_the_account_on() {
        Household home = household("dlg-re-holder");
        Viewer delegate = fixture.customer("dlg-re-delegate").viewer();
        fixture.customer("dlg-re-third");
        delegations.grant(home.holder(), home.account(), "dlg-re-delegate", AccessKind.READINGS_AND_PAYMENTS, null);

        assertThat(code(() -> delegations.grant(delegate, home.account(), "dlg-re-third", AccessKind.VIEW, null)))
                .isEqualTo(Delegations.HOLDERS_ONLY);
        assertThat(code(() -> delegations.grant(home.holder(), home.account(), "dlg-re-third", AccessKind.HOLDER, null)))
                .as("holding is not handed over").isEqualTo(Delegations.KIND_REQUIRED);
        long other = household("dlg-re-other").account();
        assertThat(code(() -> delegations.grant(home.holder(), other, "dlg-re-third", AccessKind.VIEW, null)))
                .as("another's account is no such account").isEqualTo("access.no_such_account");
    }

    @Test
    void a_revocation_counts_from_the_next_call_and_both_sides_read_it() {
        Household home = household("dlg-rev-holder");
        Viewer delegate = fixture.customer("dlg-rev-delegate").viewer();
        long id = delegations.grant(home.holder(), home.account(), "dlg-rev-delegate", AccessKind.READINGS, LocalDate.of(2027, 6, 1));
        submit(delegate, home.meter(), "10.0");
        Viewer stranger = fixture.customer("dlg-rev-stranger").viewer();
        assertThat(code(() -> delegations.revoke(stranger, id))).isEqualTo(Delegations.NO_SUCH_DELEGATION);

        delegations.revoke(home.holder(), id);

        assertThatThrownBy(() -> submit(delegate, home.meter(), "20.0")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.overview().account(delegate, home.account())).isInstanceOf(AccessDeniedException.class);
        assertThat(services.access().accounts(delegate)).isEmpty();
        for (Viewer side : List.of(home.holder(), delegate)) {
            assertThat(delegations.history(side)).singleElement().satisfies(d -> {
                assertThat(d.id()).isEqualTo(id);
                assertThat(d.status()).isEqualTo(DelegationStatus.REVOKED);
                assertThat(d.kind()).isEqualTo(AccessKind.READINGS);
                assertThat(d.lastDay()).isEqualTo(LocalDate.of(2027, 6, 1));
                assertThat(d.mayRevoke()).isFalse();
            });
        }
    }

    @Test
    void a_delegate_may_give_the_delegation_up() {
        Household home = household("dlg-up-holder");
        Viewer delegate = fixture.customer("dlg-up-delegate").viewer();
        long id = delegations.grant(home.holder(), home.account(), "dlg-up-delegate", AccessKind.VIEW, null);
        assertThat(delegations.history(delegate)).singleElement().extracting(DelegationView::mayRevoke).isEqualTo(true);
        delegations.revoke(delegate, id);
        assertThat(services.access().accounts(delegate)).isEmpty();
    }

    @Test
    void a_delegation_ends_after_its_last_day_in_the_organizations_calendar() {
        MovableClock own = new MovableClock("2026-11-20T10:00", Fixture.SAMARA);
        Services at = Services.of(fixture.dataSource, own);
        Household home = household("dlg-exp-holder");
        Viewer delegate = fixture.customer("dlg-exp-delegate").viewer();
        at.delegations().grant(home.holder(), home.account(), "dlg-exp-delegate", AccessKind.READINGS, LocalDate.of(2026, 11, 21));

        own.set("2026-11-21T23:59");
        at.submissions().submit(delegate, home.meter(), Map.of(1, new BigDecimal("5.0")));
        own.set("2026-11-22T00:00");
        assertThatThrownBy(() -> at.submissions().submit(delegate, home.meter(), Map.of(1, new BigDecimal("6.0"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(at.access().accounts(delegate)).isEmpty();
        assertThat(at.delegations().history(home.holder())).singleElement().extracting(DelegationView::status).isEqualTo(DelegationStatus.EXPIRED);
        assertThat(at.delegations().history(delegate)).singleElement().extracting(DelegationView::status).isEqualTo(DelegationStatus.EXPIRED);
        assertThat(code(() -> at.delegations().grant(home.holder(), home.account(), "dlg-exp-delegate", AccessKind.VIEW, LocalDate.of(2026, 11, 21))))
                .isEqualTo(Delegations.DATE_PAST);
    }

    @Test
    void the_delegate_is_found_by_login_email_or_phone_and_must_be_another_registered_customer() throws Exception {
        Household home = household("dlg-find-holder");
        Viewer relative = fixture.customer("dlg-find-relative").viewer();
        io.meterhub.storage.cabinet.Jdbc.update(fixture.dataSource, "UPDATE app_user SET email = ?, phone = ? WHERE id = ?", "Relative@Example.ru",
                "+79270001122", relative.userId());

        delegations.grant(home.holder(), home.account(), "relative@example.ru", AccessKind.VIEW, null);
        assertThat(services.delegations().myAccounts(relative)).extracting(MyAccount::kind).containsExactly(AccessKind.VIEW);
        delegations.grant(home.holder(), home.account(), "8 (927) 000-11-22", AccessKind.READINGS, null);
        assertThat(services.delegations().myAccounts(relative)).as("a new grant replaces the old").extracting(MyAccount::kind)
                .containsExactly(AccessKind.READINGS);
        assertThat(delegations.history(home.holder())).extracting(DelegationView::status)
                .containsExactly(DelegationStatus.ACTIVE, DelegationStatus.REVOKED);

        assertThat(code(() -> delegations.grant(home.holder(), home.account(), "nobody-here", AccessKind.VIEW, null))).isEqualTo(Delegations.NO_SUCH_USER);
        assertThat(code(() -> delegations.grant(home.holder(), home.account(), "dlg-find-holder", AccessKind.VIEW, null))).isEqualTo(Delegations.YOURSELF);
    }

    @Test
    void an_attached_holder_delegates_as_the_customers_own_login_does() {
        AccountAccessFixture data = new AccountAccessFixture(fixture);
        long account = data.loadedAccount("DLG-ATT-1", "DLG", "7777");
        long meter = fixture.meter(account, "ELECTRICITY", 1, 6, 1, null);
        Viewer owner = fixture.customer("dlg-att-owner").viewer();
        Viewer son = fixture.customer("dlg-att-son").viewer();
        services.attaching(AttachLimits.DEFAULTS).attach(owner, "DLG-ATT-1", null, "7777");

        delegations.grant(owner, account, "dlg-att-son", AccessKind.READINGS, null);
        submit(son, meter, "42.0");

        assertThat(services.submissions().history(owner, meter)).hasSize(1);
        clock.advance(Duration.ZERO);
    }
}
