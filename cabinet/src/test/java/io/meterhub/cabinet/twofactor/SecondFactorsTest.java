package io.meterhub.cabinet.twofactor;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.MovableClock;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.otp.CodeKey;
import io.meterhub.cabinet.otp.OneTimeCodes;
import io.meterhub.cabinet.signin.SignIn;
import io.meterhub.cabinet.signin.SignInAttempt;
import io.meterhub.cabinet.signin.SignInGuard;
import io.meterhub.cabinet.signin.SignInHistory;
import io.meterhub.cabinet.signin.SignInLimits;
import io.meterhub.cabinet.signin.SignInOutcome;
import io.meterhub.cabinet.users.UserAccount;
import io.meterhub.storage.cabinet.JdbcTransactions;
import io.meterhub.storage.cabinet.otp.JdbcOneTimeCodeRepository;
import io.meterhub.storage.cabinet.signin.JdbcSignInRepository;
import io.meterhub.storage.cabinet.twofactor.JdbcSecondFactorRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The second step of a login against PostgreSQL: the authenticator's code within ±1 step and once only, the enrolment
 * confirmed by a first code, recovery codes used once, the emailed code, staff without a factor sent to enrol, and wrong
 * codes recorded and limited.
 */
class SecondFactorsTest {
    private static final SignInAttempt FROM = new SignInAttempt("someone", "10.1.1.1", "Firefox");
    private static Fixture fixture;
    private static MovableClock clock;
    private static SecondFactors factors;
    private static AuthenticatorSecrets secrets;
    private static SignInHistory history;
    private static JdbcSecondFactorRepository rows;
    private static final List<String> mailed = new ArrayList<>();

    @BeforeAll
    static void open() {
        fixture = Fixture.open("second_factors");
        fixture.organization("TF", Fixture.SAMARA, 15, 25);
        clock = new MovableClock("2026-12-04T10:00:05", Fixture.SAMARA);
        JdbcSignInRepository attempts = new JdbcSignInRepository(fixture.dataSource);
        CodeKey key = CodeKey.random();
        OneTimeCodes codes = new OneTimeCodes(new JdbcTransactions(fixture.dataSource), new JdbcOneTimeCodeRepository(), clock, key);
        rows = new JdbcSecondFactorRepository(fixture.dataSource);
        secrets = new AuthenticatorSecrets(rows, key, clock);
        factors = new SecondFactors(rows, secrets, codes, (userId, code) -> mailed.add(userId + ":" + code),
                new SignInGuard(attempts, SignInLimits.DEFAULTS, clock), SecondFactorPolicy.DEFAULTS, clock);
        history = new SignInHistory(attempts);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static UserAccount staff(String login, Role role) {
        return fixture.users.find(fixture.staff(login, role, "TF").userId()).orElseThrow();
    }

    private static UserAccount customer(String login) {
        return fixture.users.find(fixture.customer(login).userId()).orElseThrow();
    }

    /** Enrols the user with a new secret confirmed by its code now; returns the Base32 secret. */
    private static String enrolled(UserAccount user) {
        TotpEnrolment enrolment = factors.startTotp(user);
        factors.confirmTotp(user, Totp.code(enrolment.secret(), clock.instant()));
        // two steps on: the confirming step is used, the one before the current is not
        clock.advance(Duration.ofSeconds(2 * Totp.STEP_SECONDS));
        return enrolment.secret();
    }

    @Test
    void staff_without_an_authenticator_must_enrol_and_a_customer_without_factors_has_no_second_step() {
        UserAccount operator = staff("tf-new-operator", Role.OPERATOR);
        UserAccount customer = customer("tf-plain-customer");
        assertThat(factors.factors(operator).mustEnrol()).isTrue();
        assertThat(factors.factors(operator).secondStepNeeded()).isTrue();
        assertThat(factors.factors(customer).secondStepNeeded()).isFalse();
        enrolled(operator);
        assertThat(factors.factors(operator)).isEqualTo(new Factors(true, false, 10, false));
        assertThat(SecondFactorPolicy.fromEnvironment(Map.of("MH_STAFF_SECOND_FACTOR", "optional")).staffRequired()).isFalse();
        assertThatThrownBy(() -> SecondFactorPolicy.fromEnvironment(Map.of("MH_STAFF_SECOND_FACTOR", "sometimes")))
                .hasMessageContaining("MH_STAFF_SECOND_FACTOR");
    }

    @Test
    void the_enrolment_shows_an_otpauth_address_and_waits_for_a_right_first_code() {
        UserAccount admin = staff("tf-enrolling-admin", Role.ADMIN);
        TotpEnrolment enrolment = factors.startTotp(admin);
        assertThat(enrolment.uri()).startsWith("otpauth://totp/Meterhub%3Atf-enrolling-admin?secret=" + enrolment.secret())
                .contains("issuer=Meterhub", "digits=6", "period=30");
        assertThat(enrolment.secret()).hasSize(32);
        assertThat(enrolment.toString()).doesNotContain(enrolment.secret());
        assertThat(QrSvg.of(enrolment.uri())).startsWith("<svg").contains("<path");
        assertThatThrownBy(() -> factors.confirmTotp(admin, "000000")).isInstanceOf(ValidationException.class);
        assertThat(factors.factors(admin).totp()).as("not confirmed by a wrong code").isFalse();
        List<String> recovery = factors.confirmTotp(admin, Totp.code(enrolment.secret(), clock.instant()));
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}"));
        byte[] stored = rows.find(admin.id()).orElseThrow().sealedTotpSecret();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).as("sealed, not in clear").doesNotContain(enrolment.secret());
        assertThat(stored).isNotEqualTo(Base32.decode(enrolment.secret()));
    }

    @Test
    void a_code_of_the_step_before_or_after_passes_one_further_does_not() {
        UserAccount operator = staff("tf-window-operator", Role.OPERATOR);
        String secret = enrolled(operator);
        Instant now = clock.instant();
        assertThat(factors.verify(operator, FROM, Totp.code(secret, now.minusSeconds(30)))).isEqualTo(SecondFactorCheck.OK);
        assertThat(factors.verify(operator, FROM, Totp.code(secret, now.plusSeconds(30)))).isEqualTo(SecondFactorCheck.OK);
        clock.advance(Duration.ofSeconds(90));
        assertThat(factors.verify(operator, FROM, Totp.code(secret, clock.instant().minusSeconds(60)))).as("two steps back")
                .isEqualTo(SecondFactorCheck.WRONG);
        assertThat(factors.verify(operator, FROM, Totp.code(secret, clock.instant().plusSeconds(60)))).as("two steps ahead")
                .isEqualTo(SecondFactorCheck.WRONG);
    }

    @Test
    void codes_are_those_of_rfc_6238_and_secrets_read_as_base32() {
        // RFC 6238, appendix B: SHA-1, the secret "12345678901234567890", T = 59 s gives 94287082 (its last six digits)
        byte[] rfc = "12345678901234567890".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(Totp.code(rfc, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(rfc, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Base32.encode(rfc)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.decode("gezd gnbv-gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(rfc);
    }

    @Test
    void a_known_secret_of_the_demo_works_at_once_with_the_code_of_the_current_step() {
        UserAccount operator = staff("tf-demo-operator", Role.OPERATOR);
        secrets.enrolKnown(operator, "JBSWY3DPEHPK3PXP");
        assertThat(factors.factors(operator).mustEnrol()).isFalse();
        assertThat(factors.verify(operator, FROM, Totp.code("JBSWY3DPEHPK3PXP", clock.instant()))).isEqualTo(SecondFactorCheck.OK);
    }

    @Test
    void a_code_used_once_is_refused_again_and_the_refusal_is_in_the_history() {
        UserAccount operator = staff("tf-replay-operator", Role.OPERATOR);
        String secret = enrolled(operator);
        String code = Totp.code(secret, clock.instant());
        assertThat(factors.verify(operator, FROM, code)).isEqualTo(SecondFactorCheck.OK);
        assertThat(factors.verify(operator, FROM, code)).as("replayed").isEqualTo(SecondFactorCheck.WRONG);
        assertThat(factors.verify(operator, FROM, Totp.code(secret, clock.instant().minusSeconds(30)))).as("an earlier step after a later one")
                .isEqualTo(SecondFactorCheck.WRONG);
        assertThat(history.mine(operator.viewer(), 10)).extracting(SignIn::outcome).containsExactly(SignInOutcome.CODE_FAILURE, SignInOutcome.CODE_FAILURE);
        assertThat(rows.lastAuthenticated(operator.id())).contains(clock.instant());
    }

    @Test
    void a_recovery_code_works_instead_of_the_authenticator_once_and_regenerating_voids_the_old_ones() {
        UserAccount admin = staff("tf-recovery-admin", Role.ADMIN);
        TotpEnrolment enrolment = factors.startTotp(admin);
        List<String> recovery = factors.confirmTotp(admin, Totp.code(enrolment.secret(), clock.instant()));
        assertThat(factors.verify(admin, FROM, recovery.get(3).toUpperCase())).isEqualTo(SecondFactorCheck.OK);
        assertThat(factors.verify(admin, FROM, recovery.get(3))).as("used once").isEqualTo(SecondFactorCheck.WRONG);
        assertThat(factors.factors(admin).recoveryLeft()).isEqualTo(9);
        List<String> fresh = factors.regenerateRecoveryCodes(admin);
        assertThat(factors.verify(admin, FROM, recovery.get(4))).as("an old one after regenerating").isEqualTo(SecondFactorCheck.WRONG);
        assertThat(factors.verify(admin, FROM, fresh.get(0).replace("-", ""))).isEqualTo(SecondFactorCheck.OK);
        assertThat(factors.factors(admin).recoveryLeft()).isEqualTo(9);
    }

    @Test
    void a_customer_with_the_email_code_on_signs_in_with_the_code_mailed_and_not_with_another() {
        UserAccount customer = customer("tf-email-customer");
        assertThatThrownBy(() -> factors.sendEmailCode(customer)).as("switched off").isInstanceOf(ValidationException.class);
        factors.setEmailCode(customer, true);
        assertThat(factors.factors(customer).secondStepNeeded()).isTrue();
        factors.sendEmailCode(customer);
        String sent = mailed.get(mailed.size() - 1);
        assertThat(sent).startsWith(customer.id() + ":");
        String code = sent.substring(sent.indexOf(':') + 1);
        String wrong = code.equals("123456") ? "654321" : "123456";
        assertThat(factors.verify(customer, FROM, wrong)).isEqualTo(SecondFactorCheck.WRONG);
        assertThat(factors.verify(customer, FROM, code)).isEqualTo(SecondFactorCheck.OK);
        assertThat(factors.verify(customer, FROM, code)).as("used").isEqualTo(SecondFactorCheck.WRONG);
        factors.setEmailCode(customer, false);
        assertThat(factors.factors(customer).secondStepNeeded()).isFalse();
    }

    @Test
    void after_five_wrong_codes_in_an_hour_even_the_right_one_is_refused_unchecked_until_the_hour_passes() {
        UserAccount operator = staff("tf-guessed-operator", Role.OPERATOR);
        String secret = enrolled(operator);
        for (int i = 0; i < SignInGuard.CODE_FAILURES; i++) {
            assertThat(factors.verify(operator, FROM, String.format("%06d", i))).isIn(SecondFactorCheck.WRONG, SecondFactorCheck.OK);
        }
        assertThat(factors.verify(operator, FROM, Totp.code(secret, clock.instant()))).isEqualTo(SecondFactorCheck.TOO_MANY);
        assertThat(history.mine(operator.viewer(), 1)).extracting(SignIn::outcome).containsExactly(SignInOutcome.LOCKED);
        clock.advance(SignInGuard.CODE_WINDOW.plusSeconds(1));
        assertThat(factors.verify(operator, FROM, Totp.code(secret, clock.instant()))).isEqualTo(SecondFactorCheck.OK);
    }
}
