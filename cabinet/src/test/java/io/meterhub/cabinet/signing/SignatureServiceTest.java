package io.meterhub.cabinet.signing;

import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.otp.IssuedCode;
import io.meterhub.cabinet.otp.OneTimeCodes;
import io.meterhub.storage.cabinet.Jdbc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignatureServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-20T09:15:00Z");
    private static final byte[] CONTRACT = "Договор ТП-2026-000007: 15 кВт, 0,4 кВ, плата 75 000,00 руб.".getBytes(StandardCharsets.UTF_8);
    private static Fixture fixture;
    private static long ivanov;
    private static SignatureService service;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("cabinet_signing");
        ivanov = fixture.customer("sign-ivanov").userId();
        Jdbc.update(fixture.dataSource, "UPDATE app_user SET display_name = 'Иванов Иван Иванович' WHERE id = ?", ivanov);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        service = Services.of(fixture.dataSource, clock).signatures(Services.of(fixture.dataSource, clock).codes());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void a_simple_signature_records_hash_user_time_and_method() {
        IssuedCode code = service.requestCode(ivanov, "contract/7");

        SignatureRecord signature = service.signWithCode(ivanov, "contract/7", CONTRACT, code.code());

        assertThat(signature.documentRef()).isEqualTo("contract/7");
        assertThat(signature.sha256Hex()).isEqualTo(SignatureService.sha256Hex(CONTRACT)).hasSize(64).matches("[0-9a-f]+");
        assertThat(signature.userId()).isEqualTo(ivanov);
        assertThat(signature.method()).isEqualTo(SignatureRecord.SIMPLE_CODE);
        assertThat(signature.signedAt()).isEqualTo(NOW);
        assertThat(signature.signerSubject()).isEqualTo("Иванов Иван Иванович");
        assertThat(service.signatures("contract/7")).containsExactly(signature);
        assertThat(SignatureService.matches(signature, CONTRACT)).isTrue();
        assertThat(SignatureService.matches(signature, "другой текст".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void a_wrong_code_signs_nothing() {
        IssuedCode code = service.requestCode(ivanov, "contract/8");
        String wrong = code.code().equals("000000") ? "000001" : "000000";

        assertThatThrownBy(() -> service.signWithCode(ivanov, "contract/8", CONTRACT, wrong)).isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("code", "signature.code.WRONG")
                .satisfies(e -> assertThat(((ValidationException) e).message(Locale.forLanguageTag("ru")))
                        .isEqualTo("Документ не подписан: неверный код. Проверьте его и введите ещё раз."));
        assertThat(service.signatures("contract/8")).isEmpty();
        // a code issued for another document does not sign this one
        IssuedCode forOther = service.requestCode(ivanov, "contract/9");
        assertThatThrownBy(() -> service.signWithCode(ivanov, "contract/8", CONTRACT, forOther.code()))
                .hasFieldOrPropertyWithValue("code", "signature.code.WRONG");
        assertThat(service.signWithCode(ivanov, "contract/8", CONTRACT, code.code()).method()).isEqualTo(SignatureRecord.SIMPLE_CODE);
    }

    @Test
    void a_cades_signature_is_verified_then_recorded_with_the_certificate_subject() throws Exception {
        TestSigner signer = TestSigner.gost("CN=Иванов Иван Иванович,SURNAME=Иванов,C=RU");
        byte[] cms = signer.signDetached(CONTRACT);

        SignatureRecord signature = service.recordCades(ivanov, "contract/10", CONTRACT, cms);

        assertThat(signature.method()).isEqualTo(SignatureRecord.CADES);
        assertThat(signature.signerSubject()).isEqualTo("CN=Иванов Иван Иванович,SURNAME=Иванов,C=RU");
        assertThat(signature.sha256Hex()).isEqualTo(SignatureService.sha256Hex(CONTRACT));
        assertThat(signature.signedAt()).isEqualTo(NOW);
        assertThat(Jdbc.one(fixture.dataSource, "SELECT cms FROM document_signature WHERE id = ?", r -> r.getBytes(1), signature.id()))
                .hasValueSatisfying(stored -> assertThat(stored).isEqualTo(cms));
    }

    @Test
    void a_cades_signature_of_another_document_is_refused_and_not_recorded() throws Exception {
        TestSigner signer = TestSigner.rsa("CN=ООО Ромашка,C=RU");
        byte[] cms = signer.signDetached("другой документ".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> service.recordCades(ivanov, "contract/11", CONTRACT, cms))
                .isInstanceOf(SignatureService.CadesRefusedException.class)
                .hasFieldOrPropertyWithValue("code", CadesVerifier.DOCUMENT_CHANGED)
                .hasMessageContaining("the document was changed after signing");
        assertThat(service.signatures("contract/11")).isEmpty();
    }
}
