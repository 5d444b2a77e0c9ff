package io.meterhub.cabinet.accountaccess;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.MovableClock;
import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountOverview;
import io.meterhub.cabinet.accounts.AccountRow;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.ledger.AccountDebt;
import io.meterhub.cabinet.readings.ReadingView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Attaching an account by its number and the receipt's secret, against PostgreSQL: the PIN, the last charge when there
 * is no PIN, the lock after wrong tries (per account and per user) with every try recorded, accounts of two
 * organizations on one login with their own debts and readings, and nobody seeing an account they did not attach.
 */
class AccountAttachingTest {
    private static Fixture fixture;
    private static AccountAccessFixture data;
    private static MovableClock clock;
    private static Services services;
    private static AccountAttaching attaching;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("account_attaching");
        fixture.organization("ATT_GRID", Fixture.SAMARA, 1, 31);
        fixture.organization("ATT_HOUSE", Fixture.SAMARA, 1, 31);
        data = new AccountAccessFixture(fixture);
        clock = new MovableClock("2026-11-20T10:00", Fixture.SAMARA);
        services = Services.of(fixture.dataSource, clock);
        attaching = services.attaching(AttachLimits.DEFAULTS);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static Viewer newCustomer(String login) {
        return fixture.customer(login).viewer();
    }

    private static void wrongTry(AccountAttaching attach, Viewer viewer, String number, String pin) {
        assertThat(code(() -> attach.attach(viewer, number, null, pin))).isEqualTo(AccountAttaching.WRONG);
    }

    private static String code(Runnable action) {
        return catchThrowableOfType(CabinetException.class, action::run).code();
    }

    @Test
    void the_receipts_pin_attaches_the_account_with_its_debts_and_readings() {
        long account = data.loadedAccount("PIN-100", "ATT_GRID", "482193");
        data.charge(account, "ELECTRICITY", LocalDate.of(2026, 10, 1), "812.40");
        long meter = fixture.meter(account, "ELECTRICITY", 1, 6, 1, null);
        Viewer anna = newCustomer("att-anna");

        AccountRow attached = attaching.attach(anna, " PIN-100 ", null, "482193");

        assertThat(attached.id()).isEqualTo(account);
        assertThat(services.access().accounts(anna)).extracting(AccountRow::id).containsExactly(account);
        assertThat(services.access().kindOf(anna, attached)).contains(AccessKind.HOLDER);
        AccountOverview overview = services.overview().account(anna, account);
        assertThat(overview.totalDebt()).isEqualByComparingTo("812.40");
        List<ReadingView> stored = services.submissions().submit(anna, meter, Map.of(1, new BigDecimal("1234.5"))).readings();
        assertThat(stored).hasSize(1);
        assertThat(services.paymentAccess().mayPay(anna.userId(), account)).isTrue();
        assertThat(data.count("SELECT count(*) FROM account_attach_attempt WHERE user_id = ? AND outcome = 'ATTACHED'", anna.userId())).isEqualTo(1);
        assertThat(data.count("SELECT count(*) FROM account_access WHERE user_id = ? AND kind = 'HOLDER'", anna.userId())).isEqualTo(1);
        assertThat(code(() -> attaching.attach(anna, "PIN-100", null, "482193"))).isEqualTo(AccountAttaching.ALREADY_HELD);
    }

    @Test
    void the_pin_is_stored_hashed() {
        long account = data.loadedAccount("PIN-HASH", "ATT_GRID", "555111");
        String stored = io.meterhub.storage.cabinet.Jdbc.one(fixture.dataSource, "SELECT pin_hash FROM account WHERE id = ?", r -> r.getString(1),
                account).orElseThrow();
        assertThat(stored).doesNotContain("555111").startsWith("$2");
    }

    @Test
    void without_a_pin_the_amount_of_the_last_charge_attaches_the_account() {
        long account = data.loadedAccount("NOPIN-1", "ATT_HOUSE", null);
        fixture.accounts.addService(account, "UPKEEP");
        data.charge(account, "ELECTRICITY", LocalDate.of(2026, 9, 1), "700.00");
        data.charge(account, "ELECTRICITY", LocalDate.of(2026, 10, 1), "1020.35");
        data.charge(account, "UPKEEP", LocalDate.of(2026, 10, 1), "500.00");
        Viewer boris = newCustomer("att-boris");

        assertThat(code(() -> attaching.attach(boris, "NOPIN-1", "ATT_HOUSE", "700,00"))).as("an older month's charge").isEqualTo(AccountAttaching.WRONG);
        assertThat(code(() -> attaching.attach(boris, "NOPIN-1", "ATT_HOUSE", "1020.35"))).as("one service of the month").isEqualTo(AccountAttaching.WRONG);
        AccountRow attached = attaching.attach(boris, "NOPIN-1", "ATT_HOUSE", "1 520,35");

        assertThat(attached.id()).isEqualTo(account);
        assertThat(services.access().accounts(boris)).extracting(AccountRow::id).containsExactly(account);
    }

    @Test
    void an_account_without_pin_and_charges_cannot_be_attached_by_a_guess() {
        data.loadedAccount("EMPTY-1", "ATT_HOUSE", null);
        Viewer vera = newCustomer("att-vera");
        assertThat(code(() -> attaching.attach(vera, "EMPTY-1", null, "0"))).isEqualTo(AccountAttaching.WRONG);
        assertThat(code(() -> attaching.attach(vera, "EMPTY-1", null, "0,00"))).isEqualTo(AccountAttaching.WRONG);
    }

    @Test
    void five_wrong_pins_lock_the_account_for_everyone_for_an_hour_and_every_try_is_recorded() {
        MovableClock own = new MovableClock("2026-11-20T12:00", Fixture.SAMARA);
        AccountAttaching attach = Services.of(fixture.dataSource, own).attaching(AttachLimits.DEFAULTS);
        long account = data.loadedAccount("LOCK-1", "ATT_GRID", "246810");
        // two guessers, so the account's own limit is what stops them, not each user's
        Viewer guesserA = newCustomer("att-guess-a");
        Viewer guesserB = newCustomer("att-guess-b");
        CabinetException first = catchThrowableOfType(CabinetException.class, () -> attach.attach(guesserA, "LOCK-1", null, "111111"));
        assertThat(first.code()).isEqualTo(AccountAttaching.WRONG);
        assertThat(first.message(Locale.forLanguageTag("ru"))).contains("Осталось попыток: 4");
        wrongTry(attach, guesserA, "LOCK-1", "222222");
        wrongTry(attach, guesserB, "LOCK-1", "333333");
        wrongTry(attach, guesserB, "LOCK-1", "444444");
        CabinetException fifth = catchThrowableOfType(CabinetException.class, () -> attach.attach(guesserA, "LOCK-1", null, "555555"));
        assertThat(fifth.code()).as("the fifth wrong try locks").isEqualTo(AccountAttaching.LOCKED);

        Viewer owner = newCustomer("att-owner");
        CabinetException locked = catchThrowableOfType(CabinetException.class, () -> attach.attach(owner, "LOCK-1", null, "246810"));
        assertThat(locked.code()).as("even the right PIN waits").isEqualTo(AccountAttaching.LOCKED);
        assertThat(locked.message(Locale.forLanguageTag("ru"))).contains("Слишком много неверных попыток").contains("60 минут");
        assertThat(data.count("SELECT count(*) FROM account_attach_attempt WHERE account_id = ? AND outcome = 'WRONG_SECRET'", account)).isEqualTo(5);
        assertThat(data.count("SELECT count(*) FROM account_attach_attempt WHERE account_id = ? AND outcome = 'LOCKED'", account)).isEqualTo(1);
        assertThat(services.access().accounts(owner)).isEmpty();

        own.advance(Duration.ofMinutes(61));
        assertThat(attach.attach(owner, "LOCK-1", null, "246810").id()).as("the lock ended").isEqualTo(account);
    }

    @Test
    void a_user_trying_many_numbers_is_locked_and_unknown_numbers_are_told_as_wrong_secrets() {
        MovableClock own = new MovableClock("2026-11-20T14:00", Fixture.SAMARA);
        AccountAttaching attach = Services.of(fixture.dataSource, own).attaching(AttachLimits.DEFAULTS);
        long account = data.loadedAccount("USR-1", "ATT_GRID", "135790");
        Viewer prober = newCustomer("att-prober");
        for (int i = 0; i < 4; i++) {
            int n = i;
            assertThat(code(() -> attach.attach(prober, "NO-SUCH-" + n, null, "000000"))).isEqualTo(AccountAttaching.WRONG);
        }
        assertThat(code(() -> attach.attach(prober, "NO-SUCH-9", null, "000000"))).isEqualTo(AccountAttaching.LOCKED);
        assertThat(code(() -> attach.attach(prober, "USR-1", null, "135790"))).as("locked for any account").isEqualTo(AccountAttaching.LOCKED);
        assertThat(data.count("SELECT count(*) FROM account_attach_attempt WHERE user_id = ?", prober.userId())).isEqualTo(6);
        own.advance(Duration.ofMinutes(61));
        assertThat(attach.attach(prober, "USR-1", null, "135790").id()).isEqualTo(account);
    }

    @Test
    void one_login_holds_accounts_of_two_organizations_each_with_its_own_debt() {
        long grid = data.loadedAccount("5001", "ATT_GRID", "1111");
        long house = data.loadedAccount("5001", "ATT_HOUSE", "2222");
        data.charge(grid, "ELECTRICITY", LocalDate.of(2026, 10, 1), "300.00");
        data.charge(house, "ELECTRICITY", LocalDate.of(2026, 10, 1), "450.50");
        Viewer gleb = newCustomer("att-gleb");

        assertThat(code(() -> attaching.attach(gleb, "5001", null, "1111"))).isEqualTo(AccountAttaching.CHOOSE_ORGANIZATION);
        attaching.attach(gleb, "5001", "ATT_GRID", "1111");
        assertThat(code(() -> attaching.attach(gleb, "5001", "ATT_HOUSE", "1111"))).as("each account its own PIN").isEqualTo(AccountAttaching.WRONG);
        attaching.attach(gleb, "5001", "ATT_HOUSE", "2222");

        assertThat(services.access().accounts(gleb)).extracting(AccountRow::organizationId).containsExactly("ATT_GRID", "ATT_HOUSE");
        assertThat(services.ledgerService().debts(gleb)).extracting(AccountDebt::accountId, AccountDebt::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(grid, new BigDecimal("300.00")),
                        org.assertj.core.groups.Tuple.tuple(house, new BigDecimal("450.50")));
        assertThat(services.delegations().myAccounts(gleb)).extracting(MyAccount::organizationName, MyAccount::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Org ATT_GRID", AccessKind.HOLDER),
                        org.assertj.core.groups.Tuple.tuple("Org ATT_HOUSE", AccessKind.HOLDER));
    }

    @Test
    void a_customer_never_sees_an_account_they_did_not_attach() {
        long account = data.loadedAccount("PRIV-1", "ATT_GRID", "909090");
        long meter = fixture.meter(account, "ELECTRICITY", 1, 6, 1, null);
        Viewer owner = newCustomer("att-priv-owner");
        attaching.attach(owner, "PRIV-1", null, "909090");
        Viewer stranger = newCustomer("att-stranger");

        assertThat(services.access().accounts(stranger)).isEmpty();
        assertThatThrownBy(() -> services.overview().account(stranger, account)).isInstanceOf(AccessDeniedException.class)
                .extracting(e -> ((CabinetException) e).code()).isEqualTo("access.no_such_account");
        assertThatThrownBy(() -> services.overview().account(stranger, 999_999_999L)).isInstanceOf(AccessDeniedException.class)
                .extracting(e -> ((CabinetException) e).code()).as("the same answer as for an account that does not exist")
                .isEqualTo("access.no_such_account");
        assertThatThrownBy(() -> services.submissions().history(stranger, meter)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.ledgerService().debt(stranger, account)).isInstanceOf(AccessDeniedException.class);
        assertThat(services.paymentAccess().mayPay(stranger.userId(), account)).isFalse();
        assertThat(services.delegations().myAccounts(stranger)).isEmpty();
    }

    @Test
    void the_limits_come_from_the_environment_and_a_wrong_value_is_named() {
        assertThat(AttachLimits.fromEnvironment(Map.of())).isEqualTo(AttachLimits.DEFAULTS);
        assertThat(AttachLimits.fromEnvironment(Map.of("MH_ATTACH_FAILURES_PER_ACCOUNT", "3", "MH_ATTACH_WINDOW_MINUTES", "30")))
                .isEqualTo(new AttachLimits(3, 5, Duration.ofMinutes(30)));
        assertThatThrownBy(() -> AttachLimits.fromEnvironment(Map.of("MH_ATTACH_FAILURES_PER_USER", "many")))
                .hasMessageContaining("MH_ATTACH_FAILURES_PER_USER must be a whole number");
    }

    @Test
    void staff_do_not_attach_accounts() {
        Viewer operator = fixture.staff("att-operator", Role.OPERATOR, "ATT_GRID");
        assertThat(code(() -> attaching.attach(operator, "PIN-100", null, "482193"))).isEqualTo(AccountAttaching.CUSTOMERS_ONLY);
    }
}
