package io.meterhub.cabinet.otp;

import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.Fixture;
import io.meterhub.storage.cabinet.Jdbc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class OneTimeCodesTest {
    private static Fixture fixture;
    private static long user;
    private static long other;
    private static final Clock NOW = Clock.systemUTC();
    private static OneTimeCodes codes;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("cabinet_otp");
        user = fixture.customer("otp-user").userId();
        other = fixture.customer("otp-other").userId();
        codes = Services.of(fixture.dataSource, NOW).codes();
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
    void only_a_salted_hash_is_stored() {
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
        IssuedCode again = codes.issue(user, CodePurpose.PHONE_CONFIRMATION, "+79170000001");
        assertThat(almost.verify(user, CodePurpose.PHONE_CONFIRMATION, "+79170000001", again.code())).isEqualTo(CodeCheck.OK);
    }

    @Test
    void five_wrong_attempts_use_up_the_code_even_for_the_right_one() {
        IssuedCode issued = codes.issue(user, CodePurpose.SIGNING, "doc-attempts");
        for (int i = 0; i < OneTimeCodes.MAX_ATTEMPTS; i++) {
            assertThat(codes.verify(user, CodePurpose.SIGNING, "doc-attempts", wrong(issued.code()))).isEqualTo(CodeCheck.WRONG);
        }
        assertThat(codes.verify(user, CodePurpose.SIGNING, "doc-attempts", issued.code())).isEqualTo(CodeCheck.TOO_MANY_ATTEMPTS);

        IssuedCode fresh = codes.issue(user, CodePurpose.SIGNING, "doc-attempts");
        assertThat(codes.verify(user, CodePurpose.SIGNING, "doc-attempts", fresh.code())).isEqualTo(CodeCheck.OK);
    }

    @Test
    void a_new_code_replaces_the_previous_one() {
        IssuedCode first = codes.issue(user, CodePurpose.PHONE_CONFIRMATION, "+79170000002");
        IssuedCode second = codes.issue(user, CodePurpose.PHONE_CONFIRMATION, "+79170000002");
        if (!first.code().equals(second.code())) {
            assertThat(codes.verify(user, CodePurpose.PHONE_CONFIRMATION, "+79170000002", first.code())).isEqualTo(CodeCheck.WRONG);
        }
        assertThat(codes.verify(user, CodePurpose.PHONE_CONFIRMATION, "+79170000002", second.code())).isEqualTo(CodeCheck.OK);
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
