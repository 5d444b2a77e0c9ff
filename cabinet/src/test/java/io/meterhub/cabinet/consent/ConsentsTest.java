package io.meterhub.cabinet.consent;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.MovableClock;
import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.registration.FieldProblem;
import io.meterhub.cabinet.registration.FormRejectedException;
import io.meterhub.cabinet.registration.ProfileForm;
import io.meterhub.cabinet.registration.RegistrationService;
import io.meterhub.cabinet.registration.SignUp;
import io.meterhub.storage.cabinet.Jdbc;
import io.meterhub.storage.cabinet.JdbcTransactions;
import io.meterhub.storage.cabinet.consent.JdbcConsentRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;

import static io.meterhub.cabinet.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/** The consent to personal data processing: required at sign-up, recorded with its text's version, asked again for a newer text. */
class ConsentsTest {
    private static final MovableClock CLOCK = new MovableClock("2026-12-02T09:30:00", ZoneOffset.UTC);
    private static Fixture fixture;
    private static Services services;
    private static RegistrationService registration;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("consents");
        services = Services.of(fixture.dataSource, CLOCK);
        registration = services.registration(services.codes(), (phone, code) -> { });
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static ProfileForm person(String phone) {
        return new ProfileForm(ApplicantCategory.INDIVIDUAL, "Соколова Анна Петровна", null, "112-233-445 95", null, null, phone,
                null, null);
    }

    @Test
    void a_sign_up_without_the_consent_is_refused_on_its_field_and_leaves_no_login_behind() {
        CabinetException e = refusal(() -> registration.signUp(new SignUp("no-consent", "very-secret-1", "ru", person("+7 917 100-00-01"),
                null, null)));
        assertThat(e).isInstanceOf(FormRejectedException.class);
        assertThat(((FormRejectedException) e).problems()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RegistrationService.CONSENT_FIELD, Consents.REQUIRED));
        assertThat(e.message(Locale.forLanguageTag("ru"))).startsWith("Отметьте согласие на обработку персональных данных");
        assertThat(fixture.users.findByLogin("no-consent")).isEmpty();

        // a form that showed an older text is refused too: the person must have seen the text in force
        CabinetException stale = refusal(() -> registration.signUp(new SignUp("old-consent", "very-secret-1", "ru", person("+7 917 100-00-02"),
                "2020-01-01", null)));
        assertThat(((FormRejectedException) stale).problems()).extracting(FieldProblem::code).containsExactly(Consents.STALE);
        assertThat(fixture.users.findByLogin("old-consent")).isEmpty();
    }

    @Test
    void a_sign_up_records_the_version_accepted_when_and_from_where() {
        long userId = registration.signUp(new SignUp("with-consent", "very-secret-1", "ru", person("+7 917 100-00-03"),
                Consents.CURRENT_VERSION, "203.0.113.7"));
        assertThat(Jdbc.one(fixture.dataSource, "SELECT version || ' ' || to_char(accepted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' ' || address FROM consent WHERE user_id = ?",
                r -> r.getString(1), userId)).contains(Consents.CURRENT_VERSION + " 2026-12-02 09:30 203.0.113.7");
        ConsentRow latest = services.consents().latest(Viewer.customer(userId)).orElseThrow();
        assertThat(latest.version()).isEqualTo(Consents.CURRENT_VERSION);
        assertThat(latest.acceptedAt()).isEqualTo(CLOCK.instant());
        assertThat(services.consents().acceptanceNeeded(Viewer.customer(userId))).isFalse();
    }

    @Test
    void a_newer_text_asks_the_customer_again_until_they_accept_it_and_the_old_acceptance_stays() {
        long userId = registration.signUp(new SignUp("re-consent", "very-secret-1", "ru", person("+7 917 100-00-04"),
                Consents.CURRENT_VERSION, null));
        Viewer customer = Viewer.customer(userId);
        Consents newer = new Consents(new JdbcTransactions(fixture.dataSource), new JdbcConsentRepository(fixture.dataSource), CLOCK, "2027-03-01");
        assertThat(newer.acceptanceNeeded(customer)).isTrue();
        assertThat(newer.latest(customer).orElseThrow().version()).isEqualTo(Consents.CURRENT_VERSION);

        CLOCK.advance(Duration.ofDays(90));
        newer.accept(customer, "198.51.100.2");
        assertThat(newer.acceptanceNeeded(customer)).isFalse();
        assertThat(newer.latest(customer).orElseThrow().version()).isEqualTo("2027-03-01");
        assertThat(newer.latest(customer).orElseThrow().acceptedAt()).isEqualTo(CLOCK.instant());
        assertThat(Jdbc.list(fixture.dataSource, "SELECT version FROM consent WHERE user_id = ? ORDER BY accepted_at", r -> r.getString(1), userId))
                .containsExactly(Consents.CURRENT_VERSION, "2027-03-01");
    }

    @Test
    void customers_who_never_accepted_are_asked_and_staff_are_not() {
        Viewer old = fixture.customer("consent-legacy").viewer();
        assertThat(services.consents().acceptanceNeeded(old)).isTrue();
        Viewer operator = fixture.staff("consent-operator", Role.OPERATOR, fixture.organization("CONSENT_GRID", Fixture.SAMARA, 15, 25));
        assertThat(services.consents().acceptanceNeeded(operator)).isFalse();
    }
}
