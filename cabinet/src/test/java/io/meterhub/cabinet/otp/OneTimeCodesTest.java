package io.meterhub.cabinet.otp;

import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.storage.cabinet.Jdbc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OneTimeCodesTest {
    private static Fixture fixture;
    private static final java.util.concurrent.atomic.AtomicInteger USERS = new java.util.concurrent.atomic.AtomicInteger();
    private static long user;
    private static long other;
    private static final Clock NOW = Clock.systemUTC();
    private static OneTimeCodes codes;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("cabinet_otp");
        other = fixture.customer("otp-other").userId();
        codes = Services.of(fixture.dataSource, NOW).codes();
    }

    /** Each test its own user, so one test's codes never count against another's limits. */
    @BeforeEach
    void freshUser() {
        user = fixture.customer("otp-user-" + USERS.incrementAndGet()).userId();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void the_right_code_passes_once() {
        IssuedCode issued = codes.issue(user, CodePurpose.PHONE_CONFIRMATION, "+79271234567");

        assertThat(issued.code()).matches("\\d{6}");
        assertThat(issued.expiresAt()).isBetween(NOW.instant().plus(Duration.ofMinutes(4)), NOW.instant().plus(Duration.ofMinutes(5)));
        assertThat(issued.toString()).doesNotContain(issued.code());
        assertThat(codes.verify(user, CodePurpose.PHONE_CONFIRMATION, "+79271234567", " " + issued.code() + " ")).isEqualTo(CodeCheck.OK);
        assertThat(codes.verify(user, CodePurpose.PHONE_CONFIRMATION, "+79271234567", issued.code())).isEqualTo(CodeCheck.NONE_ISSUED);
    }

    @Test
    void only_a_keyed_hash_of_the_salted_code_is_stored() {
        IssuedCode issued = codes.issue(user, CodePurpose.SIGNING, "doc-hash-check");
        String stored = Jdbc.one(fixture.dataSource, "SELECT encode(salt, 'hex') || encode(code_hash, 'hex') || subject FROM one_time_code "
                + "WHERE subject = 'doc-hash-check'", r -> r.getString(1)).orElseThrow();
        assertThat(stored).doesNotContain(issued.code());
        assertThat(Jdbc.one(fixture.dataSource, "SELECT octet_length(code_hash) FROM one_time_code WHERE subject = 'doc-hash-check'",
                r -> r.getInt(1))).contains(32);
    }

    @Test
    void a_wrong_code_is_refused_and_the_right_one_still_passes_after_it() {
        IssuedCode issued = codes.issue(user, CodePurpose.SIGNING, "doc-wrong");
        assertThat(codes.verify(user, CodePurpose.SIGNING, "doc-wrong", wrong(issued.code()))).isEqualTo(CodeCheck.WRONG);
        assertThat(codes.verify(user, CodePurpose.SIGNING, "doc-wrong", "")).isEqualTo(CodeCheck.WRONG);
        assertThat(codes.verify(user, CodePurpose.SIGNING, "doc-wrong", issued.code())).isEqualTo(CodeCheck.OK);
    }

    @Test
    void a_code_is_bound_to_its_user_purpose_and_subject() {
        IssuedCode issued = codes.issue(user, CodePurpose.SIGNING, "doc-bound");
        assertThat(codes.verify(other, CodePurpose.SIGNING, "doc-bound", issued.code())).isEqualTo(CodeCheck.NONE_ISSUED);
        assertThat(codes.verify(user, CodePurpose.PHONE_CONFIRMATION, "doc-bound", issued.code())).isEqualTo(CodeCheck.NONE_ISSUED);
        assertThat(codes.verify(user, CodePurpose.SIGNING, "doc-other", issued.code())).isEqualTo(CodeCheck.NONE_ISSUED);
        assertThat(codes.verify(user, CodePurpose.SIGNING, "doc-bound", issued.code())).isEqualTo(CodeCheck.OK);
    }

    @Test
    void a_code_expires_after_five_minutes() {
        IssuedCode issued = codes.issue(user, CodePurpose.PHONE_CONFIRMATION, "+79170000001");
        OneTimeCodes almost = Services.of(fixture.dataSource, Clock.offset(NOW, Duration.ofMinutes(4).plusSeconds(50))).codes();
        OneTimeCodes later = Services.of(fixture.dataSource, Clock.offset(NOW, Duration.ofMinutes(5).plusSeconds(1))).codes();

        assertThat(later.verify(user, CodePurpose.PHONE_CONFIRMATION, "+79170000001", issued.code())).isEqualTo(CodeCheck.EXPIRED);
        assertThat(almost.verify(user, CodePurpose.PHONE_CONFIRMATION, "+79170000001", issued.code())).isEqualTo(CodeCheck.OK);
    }

    @Test
    void five_wrong_attempts_an_hour_are_counted_across_reissues_and_a_new_code_buys_none() {
        IssuedCode issued = codes.issue(user, CodePurpose.SIGNING, "doc-attempts");
        for (int i = 0; i < 3; i++) {
            assertThat(codes.verify(user, CodePurpose.SIGNING, "doc-attempts", wrong(issued.code()))).isEqualTo(CodeCheck.WRONG);
        }
        OneTimeCodes halfMinuteLater = Services.of(fixture.dataSource, Clock.offset(NOW, Duration.ofSeconds(31))).codes();
        IssuedCode fresh = halfMinuteLater.issue(user, CodePurpose.SIGNING, "doc-attempts");
        for (int i = 0; i < 2; i++) {
            assertThat(halfMinuteLater.verify(user, CodePurpose.SIGNING, "doc-attempts", wrong(fresh.code()))).isEqualTo(CodeCheck.WRONG);
        }
        assertThat(halfMinuteLater.verify(user, CodePurpose.SIGNING, "doc-attempts", fresh.code())).as("3 + 2 wrong ones of the hour")
                .isEqualTo(CodeCheck.TOO_MANY_ATTEMPTS);
        OneTimeCodes minuteLater = Services.of(fixture.dataSource, Clock.offset(NOW, Duration.ofSeconds(62))).codes();
        IssuedCode third = minuteLater.issue(user, CodePurpose.SIGNING, "doc-attempts");
        assertThat(minuteLater.verify(user, CodePurpose.SIGNING, "doc-attempts", third.code())).isEqualTo(CodeCheck.TOO_MANY_ATTEMPTS);
        OneTimeCodes hourLater = Services.of(fixture.dataSource, Clock.offset(NOW, Duration.ofMinutes(61))).codes();
        IssuedCode afterTheHour = hourLater.issue(user, CodePurpose.SIGNING, "doc-attempts");
        assertThat(hourLater.verify(user, CodePurpose.SIGNING, "doc-attempts", afterTheHour.code())).isEqualTo(CodeCheck.OK);
    }

    @Test
    void a_new_code_waits_its_cooldown_and_the_hourly_cap_per_user_and_per_phone() {
        long flooder = fixture.customer("otp-flooder").userId();
        long neighbour = fixture.customer("otp-neighbour").userId();
        codes.issue(flooder, CodePurpose.PHONE_CONFIRMATION, "+79170000077");
        assertThatThrownBy(() -> codes.issue(flooder, CodePurpose.PHONE_CONFIRMATION, "+79170000077"))
                .isInstanceOf(ValidationException.class).extracting("code").isEqualTo(OneTimeCodes.COOLDOWN_CODE);
        for (int i = 1; i < OneTimeCodes.PER_SUBJECT_HOUR; i++) {
            Services.of(fixture.dataSource, Clock.offset(NOW, Duration.ofSeconds(31L * i))).codes()
                    .issue(flooder, CodePurpose.PHONE_CONFIRMATION, "+79170000077");
        }
        OneTimeCodes later = Services.of(fixture.dataSource, Clock.offset(NOW, Duration.ofMinutes(10))).codes();
        assertThatThrownBy(() -> later.issue(flooder, CodePurpose.PHONE_CONFIRMATION, "+79170000077"))
                .isInstanceOf(ValidationException.class).extracting("code").isEqualTo(OneTimeCodes.HOURLY_CODE);
        assertThatThrownBy(() -> later.issue(neighbour, CodePurpose.PHONE_CONFIRMATION, "+79170000077")).as("the same phone, another user")
                .isInstanceOf(ValidationException.class).extracting("code").isEqualTo(OneTimeCodes.HOURLY_CODE);
        for (int i = 0; i < OneTimeCodes.PER_USER_HOUR - OneTimeCodes.PER_SUBJECT_HOUR; i++) {
            later.issue(flooder, CodePurpose.SIGNING, "doc-flood-" + i);
        }
        assertThatThrownBy(() -> later.issue(flooder, CodePurpose.SIGNING, "doc-flood")).as("the same user, another subject")
                .isInstanceOf(ValidationException.class).extracting("code").isEqualTo(OneTimeCodes.HOURLY_CODE);
        assertThat(later.issue(neighbour, CodePurpose.PHONE_CONFIRMATION, "+79170000078").code()).matches("\\d{6}");
    }

    @Test
    void a_code_issued_under_one_key_does_not_pass_under_another() {
        long keyed = fixture.customer("otp-keyed").userId();
        OneTimeCodes mine = new OneTimeCodes(new io.meterhub.storage.cabinet.JdbcTransactions(fixture.dataSource),
                new io.meterhub.storage.cabinet.otp.JdbcOneTimeCodeRepository(), NOW, CodeKey.random());
        IssuedCode issued = mine.issue(keyed, CodePurpose.SIGNING, "doc-keyed");
        assertThat(codes.verify(keyed, CodePurpose.SIGNING, "doc-keyed", issued.code())).isEqualTo(CodeCheck.WRONG);
        assertThat(mine.verify(keyed, CodePurpose.SIGNING, "doc-keyed", issued.code())).isEqualTo(CodeCheck.OK);
        assertThatThrownBy(() -> CodeKey.fromEnvironment(java.util.Map.of("MH_OTP_KEY", "c2hvcnQ="))).hasMessage("MH_OTP_KEY must hold at least 32 bytes, got 5");
        assertThat(CodeKey.random().toString()).isEqualTo("CodeKey[hidden]");
    }

    @Test
    void a_new_code_replaces_the_previous_one() {
        IssuedCode first = codes.issue(user, CodePurpose.PHONE_CONFIRMATION, "+79170000002");
        OneTimeCodes later = Services.of(fixture.dataSource, Clock.offset(NOW, Duration.ofSeconds(31))).codes();
        IssuedCode second = later.issue(user, CodePurpose.PHONE_CONFIRMATION, "+79170000002");
        if (!first.code().equals(second.code())) {
            assertThat(later.verify(user, CodePurpose.PHONE_CONFIRMATION, "+79170000002", first.code())).isEqualTo(CodeCheck.WRONG);
        }
        assertThat(later.verify(user, CodePurpose.PHONE_CONFIRMATION, "+79170000002", second.code())).isEqualTo(CodeCheck.OK);
    }

    @Test
    void nothing_issued_is_said_so() {
        assertThat(codes.verify(other, CodePurpose.PHONE_CONFIRMATION, "+79990000000", "123456")).isEqualTo(CodeCheck.NONE_ISSUED);
    }

    /** A code that differs from the issued one in its last digit. */
    private static String wrong(String code) {
        char last = code.charAt(5);
        return code.substring(0, 5) + (last == '9' ? '0' : (char) (last + 1));
    }
}
