package io.meterhub.cabinet.signin;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.storage.cabinet.signin.JdbcSignInRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sign-in throttle against PostgreSQL and the real clock (delays of a fraction of a second): a burst of wrong
 * passwords is refused unchecked after the free ones, the owner gets in once the lock ends, the delay grows and is
 * capped, an address trying many logins is locked, and the history is the user's own and the administrator's
 * organization's.
 */
class SignInGuardTest {
    private static final SignInLimits FAST = new SignInLimits(3, Duration.ofMillis(400), Duration.ofMillis(1000), 10, Duration.ofHours(1));
    private static Fixture fixture;
    private static SignInGuard guard;
    private static SignInHistory history;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("sign_in_guard");
        fixture.organization("GUARD", Fixture.SAMARA, 15, 25);
        fixture.organization("OTHER", Fixture.SAMARA, 15, 25);
        JdbcSignInRepository attempts = new JdbcSignInRepository(fixture.dataSource);
        guard = new SignInGuard(attempts, FAST, Clock.systemUTC());
        history = new SignInHistory(attempts);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    /** Tries once with a wrong password: true when it was checked (and failed), false when refused unchecked. */
    private static boolean wrong(SignInAttempt attempt, Long userId) {
        if (!guard.admit(attempt, userId).admitted()) {
            return false;
        }
        guard.failed(attempt, userId);
        return true;
    }

    @Test
    void the_twentieth_wrong_password_is_refused_unchecked_and_the_right_one_works_after_the_lock() throws Exception {
        Viewer operator = fixture.staff("sg-operator", Role.OPERATOR, "GUARD");
        SignInAttempt attempt = new SignInAttempt(" SG-Operator ", "10.0.0.1", "Firefox");
        List<Boolean> checked = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            checked.add(wrong(attempt, operator.userId()));
        }
        assertThat(checked.subList(0, 3)).containsOnly(true);
        assertThat(checked.subList(3, 20)).as("refused without the password being checked").containsOnly(false);
        Admission locked = guard.admit(attempt, operator.userId());
        assertThat(locked.admitted()).isFalse();
        assertThat(locked.lockedUntil()).isAfter(Instant.now()).isBefore(Instant.now().plusMillis(450));

        Thread.sleep(Duration.between(Instant.now(), locked.lockedUntil()).toMillis() + 50);
        assertThat(guard.admit(attempt, operator.userId()).admitted()).as("the lock ended").isTrue();
        guard.succeeded(attempt, operator.userId());
        assertThat(wrong(attempt, operator.userId())).as("a success starts the count again").isTrue();

        List<SignIn> mine = history.mine(operator, 100);
        assertThat(mine).extracting(SignIn::outcome).startsWith(SignInOutcome.FAILURE, SignInOutcome.SUCCESS, SignInOutcome.LOCKED);
        assertThat(mine).filteredOn(s -> s.outcome() == SignInOutcome.FAILURE).hasSize(4);
        assertThat(mine).filteredOn(s -> s.outcome() == SignInOutcome.LOCKED).hasSize(18);
        assertThat(mine).allSatisfy(s -> {
            assertThat(s.login()).isEqualTo("sg-operator");
            assertThat(s.address()).isEqualTo("10.0.0.1");
        });
    }

    @Test
    void the_delay_doubles_with_each_failure_beyond_the_free_ones_up_to_the_maximum() throws Exception {
        SignInAttempt attempt = new SignInAttempt("sg-nobody", "10.0.0.2", null);
        for (int i = 0; i < 3; i++) {
            assertThat(wrong(attempt, null)).isTrue();
        }
        Admission first = guard.admit(attempt, null);
        assertThat(Duration.between(Instant.now(), first.lockedUntil()).toMillis()).isBetween(200L, 400L);
        Thread.sleep(Duration.between(Instant.now(), first.lockedUntil()).toMillis() + 50);
        assertThat(wrong(attempt, null)).isTrue();
        Admission second = guard.admit(attempt, null);
        assertThat(Duration.between(Instant.now(), second.lockedUntil()).toMillis()).as("doubled: 800 ms").isBetween(600L, 800L);
        Thread.sleep(Duration.between(Instant.now(), second.lockedUntil()).toMillis() + 50);
        assertThat(wrong(attempt, null)).isTrue();
        Admission third = guard.admit(attempt, null);
        assertThat(Duration.between(Instant.now(), third.lockedUntil()).toMillis()).as("1600 ms capped at 1 s").isBetween(800L, 1000L);
    }

    @Test
    void an_address_trying_many_logins_is_locked_and_another_address_is_not() {
        for (int i = 0; i < 10; i++) {
            assertThat(wrong(new SignInAttempt("sg-spray-" + i, "10.0.0.3", null), null)).isTrue();
        }
        assertThat(guard.admit(new SignInAttempt("sg-spray-new", "10.0.0.3", null), null).admitted()).isFalse();
        assertThat(guard.admit(new SignInAttempt("sg-spray-new", "10.0.0.4", null), null).admitted()).isTrue();
    }

    @Test
    void any_bytes_in_the_login_address_and_browser_are_stored_cleaned_and_capped() {
        String hostile = "\u0000ad\u0007min\uFFFD" + "x".repeat(10_000);
        SignInAttempt attempt = new SignInAttempt(hostile, "\u0000" + "1".repeat(1000), "\u0000\r\n<script>");
        assertThat(attempt.login()).as("capped at 100, the leading NUL a blank that goes").startsWith("ad min").hasSize(99);
        assertThat(attempt.address()).hasSize(63);
        assertThat(attempt.userAgent()).isEqualTo("<script>");
        assertThat(wrong(attempt, null)).isTrue();
    }

    @Test
    void an_administrator_searches_the_organizations_sign_ins_and_nobody_else_does() {
        Viewer admin = fixture.staff("sg-admin", Role.ADMIN, "GUARD");
        Viewer otherAdmin = fixture.staff("sg-other-admin", Role.ADMIN, "OTHER");
        Viewer clerk = fixture.staff("sg-clerk", Role.OPERATOR, "GUARD");
        Fixture.Person customer = fixture.customer("sg-customer");
        fixture.account(customer, "GUARD");
        guard.succeeded(new SignInAttempt("sg-clerk", "192.168.5.5", "Chrome"), clerk.userId());
        guard.succeeded(new SignInAttempt("sg-customer", "192.168.7.7", "Safari"), customer.userId());
        guard.failed(new SignInAttempt("sg-customer", "192.168.7.8", "Safari"), customer.userId());
        assertThat(history.search(admin, "192.168.", null, null, null)).extracting(SignIn::login)
                .containsExactly("sg-customer", "sg-customer", "sg-clerk");
        assertThat(history.search(admin, "SG-CUSTOMER", SignInOutcome.FAILURE, null, null)).singleElement()
                .satisfies(s -> assertThat(s.address()).isEqualTo("192.168.7.8"));
        assertThat(history.search(otherAdmin, "192.168.", null, null, null)).as("another organization's").isEmpty();
        assertThatThrownBy(() -> history.search(clerk, null, null, null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> history.search(customer.viewer(), null, null, null, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(history.mine(customer.viewer(), 10)).hasSize(2);
    }

    @Test
    void the_limits_come_from_the_environment_and_a_wrong_value_is_named() {
        assertThat(SignInLimits.fromEnvironment(Map.of())).isEqualTo(SignInLimits.DEFAULTS);
        assertThat(SignInLimits.fromEnvironment(Map.of("MH_LOGIN_FREE_FAILURES", "3", "MH_LOGIN_FIRST_DELAY_SECONDS", "10")).firstDelay())
                .isEqualTo(Duration.ofSeconds(10));
        assertThatThrownBy(() -> SignInLimits.fromEnvironment(Map.of("MH_LOGIN_FREE_FAILURES", "many")))
                .hasMessageContaining("MH_LOGIN_FREE_FAILURES must be a whole number, got \"many\"");
        assertThatThrownBy(() -> SignInLimits.fromEnvironment(Map.of("MH_LOGIN_MAX_LOCK_SECONDS", "5")))
                .hasMessageContaining("MH_LOGIN_MAX_LOCK_SECONDS must be at least the first delay");
    }
}
