package io.meterhub.cabinet.registration;

import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.MovableClock;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.otp.OneTimeCodes;
import io.meterhub.storage.cabinet.Jdbc;
import io.meterhub.cabinet.users.PasswordPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.meterhub.cabinet.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/** Sign-up, the profile checked at the door per category, masking, and the phone confirmed by a one-time code. */
class RegistrationServiceTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static Fixture fixture;
    private static RegistrationService registration;
    private static final List<String[]> SENT = new ArrayList<>();
    private static final MovableClock CLOCK = new MovableClock("2026-12-01T08:00:00", ZoneOffset.UTC);

    @BeforeAll
    static void open() {
        fixture = Fixture.open("registration");
        registration = Services.of(fixture.dataSource, CLOCK).registration(Services.of(fixture.dataSource, CLOCK).codes(), (phone, code) -> SENT.add(new String[]{phone, code}));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static ProfileForm individual(String phone) {
        return new ProfileForm(ApplicantCategory.INDIVIDUAL, "Кузнецова Мария Олеговна", null, "112-233-445 95", null, null, phone,
                "maria@example.ru", "3604 123456");
    }

    @Test
    void sign_up_makes_a_customer_login_with_a_hashed_password_and_a_masked_profile() {
        long userId = registration.signUp(new SignUp("kuznetsova", "very-secret-1", "ru", individual("8 (927) 123-45-67")));
        Viewer viewer = fixture.users.authenticate("kuznetsova", "very-secret-1").orElseThrow();
        assertThat(viewer).isEqualTo(Viewer.customer(userId));
        assertThat(fixture.users.find(userId).orElseThrow().passwordHash()).startsWith("$2").doesNotContain("very-secret-1");
        ApplicantProfile profile = registration.profile(viewer).orElseThrow();
        assertThat(profile.category()).isEqualTo(ApplicantCategory.INDIVIDUAL);
        assertThat(profile.displayName()).isEqualTo("Кузнецова М. О.");
        assertThat(profile.snils()).isEqualTo("***-***-445 95");
        assertThat(profile.phone()).isEqualTo("+7 *** ***-**-67");
        assertThat(profile.email()).isEqualTo("m***@example.ru");
        assertThat(profile.passport()).isEqualTo("**** ***456");
        assertThat(profile.phoneConfirmed()).isFalse();
        assertThat(profile.complete()).isTrue();
        assertThat(profile.toString()).doesNotContain("112-233-445 95", "11223344595", "9271234567", "123456");
        // stored in one form: the phone whole, SNILS and passport encrypted (the profile above read them back)
        assertThat(Jdbc.one(fixture.dataSource, "SELECT phone FROM customer WHERE user_id = ?", r -> r.getString(1), userId)).contains("+79271234567");
        assertThat(Jdbc.one(fixture.dataSource, "SELECT snils || ' ' || passport FROM customer WHERE user_id = ?", r -> r.getString(1), userId)
                .orElseThrow()).startsWith("pd1:").doesNotContain("11223344595").doesNotContain("3604123456").doesNotContain("445 95");
    }

    @Test
    void a_password_the_policy_refuses_leaves_no_login_behind() {
        assertThat(refusal(() -> registration.signUp(new SignUp("weakling", "Weakling-2026", "ru", individual("+7 917 000-00-09")))).code())
                .isEqualTo(PasswordPolicy.IS_LOGIN);
        assertThat(refusal(() -> registration.signUp(new SignUp("weakling", "short-1", "ru", individual("+7 917 000-00-09")))).code())
                .isEqualTo(PasswordPolicy.TOO_SHORT);
        assertThat(refusal(() -> registration.signUp(new SignUp("weakling", "password123", "ru", individual("+7 917 000-00-09")))).code())
                .isEqualTo(PasswordPolicy.COMMON);
        assertThat(fixture.users.findByLogin("weakling")).isEmpty();
    }

    @Test
    void a_bad_form_lists_every_problem_and_leaves_no_login_behind() {
        CabinetException e = refusal(() -> registration.signUp(new SignUp("badform", "very-secret-1", "ru",
                new ProfileForm(ApplicantCategory.SOLE_PROPRIETOR, " ", null, null, "500100732258", "3045001160001", "12345", "not-an-email",
                        "12"))));
        assertThat(e).isInstanceOf(FormRejectedException.class);
        assertThat(((FormRejectedException) e).problems()).extracting(FieldProblem::field)
                .containsExactly("fullName", "inn", "ogrn", "phone", "email", "passport");
        // the identifiers' texts are the check's own (connection-blocks-messages), each named in the reader's language
        assertThat(e.message(RU)).startsWith("Укажите ФИО; ИНН: ").contains("; ОГРНИП: ", "15", "13")
                .endsWith("; Номер телефона — +7 и 10 цифр, например +7 927 123-45-67; Адрес электронной почты указан неверно; "
                        + "Серия и номер паспорта — 10 цифр");
        assertThat(e.message(Locale.ENGLISH)).startsWith("Enter the full name; INN: ").contains("; OGRNIP: ");
        assertThat(fixture.users.findByLogin("badform")).isEmpty();
    }

    @Test
    void each_category_requires_its_own_numbers() {
        assertThat(RegistrationService.problems(new ProfileForm(ApplicantCategory.INDIVIDUAL, "Иванов Иван", null, null, null, null,
                "+79271234567", null, null))).extracting(FieldProblem::field).containsExactly("snils");
        assertThat(RegistrationService.problems(new ProfileForm(ApplicantCategory.SOLE_PROPRIETOR, "Сидоров Пётр", null, null, "500100732259",
                "304500116000157", "+79271234567", null, null))).isEmpty();
        assertThat(RegistrationService.problems(new ProfileForm(ApplicantCategory.LEGAL_ENTITY, "Петров Пётр", null, null, "500100732259",
                "304500116000157", "+79271234567", null, null))).extracting(FieldProblem::field)
                .containsExactly("companyName", "inn", "ogrn");
        assertThat(RegistrationService.problems(new ProfileForm(ApplicantCategory.LEGAL_ENTITY, "Петров Пётр", "ПАО Сбербанк", null,
                "7707083893", "1027700132195", "+7 927 123-45-67", null, null))).isEmpty();
        assertThat(RegistrationService.problems(new ProfileForm(null, null, null, null, null, null, null, null, null)))
                .extracting(FieldProblem::code).containsExactly(ProfileRules.CATEGORY_REQUIRED);
    }

    @Test
    void phones_are_read_in_the_usual_notations_and_kept_in_e164() {
        assertThat(RegistrationService.phoneE164("+7 927 123-45-67")).contains("+79271234567");
        assertThat(RegistrationService.phoneE164("8 (927) 123-45-67")).contains("+79271234567");
        assertThat(RegistrationService.phoneE164("9271234567")).contains("+79271234567");
        assertThat(RegistrationService.phoneE164("+375 29 123-45-67")).contains("+375291234567");
        assertThat(RegistrationService.phoneE164("+7 927 123")).isEmpty();
        assertThat(RegistrationService.phoneE164("927-ABC")).isEmpty();
        assertThat(RegistrationService.phoneE164("123")).isEmpty();
    }

    @Test
    void the_phone_is_confirmed_by_the_code_sent_to_it_and_a_new_phone_must_be_confirmed_again() {
        registration.signUp(new SignUp("confirmer", "very-secret-1", "ru", individual("+7 917 000-00-01")));
        Viewer viewer = fixture.users.authenticate("confirmer", "very-secret-1").orElseThrow();
        assertThat(refusal(() -> registration.confirmPhone(viewer, "123456")).code()).isEqualTo(RegistrationService.CODE_NONE_ISSUED);

        Instant expires = registration.sendPhoneCode(viewer);
        assertThat(expires).isEqualTo(CLOCK.instant().plus(Duration.ofMinutes(5)));
        String[] sent = SENT.get(SENT.size() - 1);
        assertThat(sent[0]).isEqualTo("+79170000001");
        assertThat(sent[1]).matches("\\d{6}");
        String wrong = sent[1].equals("000000") ? "111111" : "000000";
        CabinetException e = refusal(() -> registration.confirmPhone(viewer, wrong));
        assertThat(e.code()).isEqualTo(RegistrationService.CODE_WRONG);
        assertThat(e.message(RU)).isEqualTo("Неверный код");
        assertThat(registration.profile(viewer).orElseThrow().phoneConfirmed()).isFalse();
        assertThat(registration.confirmPhone(viewer, sent[1]).phoneConfirmed()).isTrue();

        // the same phone in another notation stays confirmed; a new one does not
        assertThat(registration.saveProfile(viewer, individual("8 917 000 00 01")).phoneConfirmed()).isTrue();
        assertThat(registration.saveProfile(viewer, individual("+7 917 000-00-02")).phoneConfirmed()).isFalse();

        // a code sent for the old phone does not confirm the new one (asked for after the cooldown of a new code)
        registration.saveProfile(viewer, individual("+7 917 000-00-01"));
        CLOCK.advance(OneTimeCodes.COOLDOWN.plusSeconds(1));
        registration.sendPhoneCode(viewer);
        String oldCode = SENT.get(SENT.size() - 1)[1];
        registration.saveProfile(viewer, individual("+7 917 000-00-03"));
        assertThat(refusal(() -> registration.confirmPhone(viewer, oldCode)).code()).isEqualTo(RegistrationService.CODE_NONE_ISSUED);

        // expired
        registration.sendPhoneCode(viewer);
        String late = SENT.get(SENT.size() - 1)[1];
        CLOCK.advance(Duration.ofMinutes(6));
        assertThat(refusal(() -> registration.confirmPhone(viewer, late)).code()).isEqualTo(RegistrationService.CODE_EXPIRED);
    }

    @Test
    void only_customers_keep_an_applicant_profile() {
        Viewer operator = fixture.staff("reg-operator", Role.OPERATOR, fixture.organization("REG_GRID", Fixture.SAMARA, 15, 25));
        assertThat(refusal(() -> registration.saveProfile(operator, individual("+79270000000")))).isInstanceOf(AccessDeniedException.class);
        assertThat(registration.profile(operator)).isEmpty();
        assertThat(refusal(() -> registration.sendPhoneCode(operator)).code()).isEqualTo(RegistrationService.NO_PROFILE);
    }
}
