package io.meterhub.cabinet.twofactor;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.MovableClock;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.otp.CodeKey;
import io.meterhub.cabinet.otp.OneTimeCodes;
import io.meterhub.cabinet.signing.SignatureService;
import io.meterhub.storage.cabinet.JdbcTransactions;
import io.meterhub.storage.cabinet.otp.JdbcOneTimeCodeRepository;
import io.meterhub.storage.cabinet.signing.JdbcSignatureRepository;
import io.meterhub.storage.cabinet.twofactor.JdbcSecondFactorRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signing needs the password (or the second factor) entered within five minutes, asked by the signing service itself. */
class ReauthenticationTest {
    private static final byte[] CONTRACT = "the contract".getBytes(StandardCharsets.UTF_8);
    private static Fixture fixture;
    private static MovableClock clock;
    private static JdbcSecondFactorRepository rows;
    private static SignatureService signatures;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("reauthentication");
        clock = new MovableClock("2026-12-04T10:00:00", Fixture.SAMARA);
        rows = new JdbcSecondFactorRepository(fixture.dataSource);
        OneTimeCodes codes = new OneTimeCodes(new JdbcTransactions(fixture.dataSource), new JdbcOneTimeCodeRepository(), clock, CodeKey.random());
        signatures = new SignatureService(new JdbcSignatureRepository(fixture.dataSource), codes, clock, new Reauthentication(rows, clock)::require);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void a_signature_needs_the_password_entered_within_five_minutes() {
        long userId = fixture.customer("re-signer").userId();
        assertThatThrownBy(() -> signatures.requestCode(userId, "doc-1")).as("never entered in this cabinet")
                .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("code", Reauthentication.NEEDED);

        rows.authenticated(userId, clock.instant());
        clock.advance(Duration.ofMinutes(4));
        String code = signatures.requestCode(userId, "doc-1").code();
        assertThat(signatures.signWithCode(userId, "doc-1", CONTRACT, code).userId()).isEqualTo(userId);

        clock.advance(Duration.ofSeconds(50));
        String late = signatures.requestCode(userId, "doc-2").code();
        clock.advance(Duration.ofSeconds(20));
        assertThatThrownBy(() -> signatures.signWithCode(userId, "doc-2", CONTRACT, late)).as("the code came in time, the password is too old")
                .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("code", Reauthentication.NEEDED);
        assertThat(signatures.signatures("doc-2")).isEmpty();

        rows.authenticated(userId, clock.instant());
        assertThat(signatures.signWithCode(userId, "doc-2", CONTRACT, late).userId()).isEqualTo(userId);
    }
}
