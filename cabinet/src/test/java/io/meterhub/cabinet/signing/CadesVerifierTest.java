package io.meterhub.cabinet.signing;

import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Signatures made in the test with BouncyCastle, as a person's crypto tool would make them. */
class CadesVerifierTest {
    private static final byte[] DOCUMENT = "Договор об осуществлении технологического присоединения № ТП-2026-000042".getBytes(StandardCharsets.UTF_8);
    private final CadesVerifier verifier = new CadesVerifier();

    @Test
    void a_gost_2012_256_signature_verifies_with_its_subject_digest_and_time() throws Exception {
        TestSigner signer = TestSigner.gost("CN=Иванов Иван Иванович,O=Test,C=RU");
        Instant before = Instant.now().minusSeconds(1);

        CadesVerification result = verifier.verify(DOCUMENT, signer.signDetached(DOCUMENT));

        assertThat(result.problem()).isNull();
        assertThat(result.valid()).isTrue();
        assertThat(result.signerSubject()).isEqualTo("CN=Иванов Иван Иванович,O=Test,C=RU");
        assertThat(result.digestAlgorithm()).isEqualTo("GOST3411-2012-256");
        assertThat(result.signingTime()).isBetween(before, Instant.now().plusSeconds(1));
    }

    @Test
    void an_rsa_signature_verifies() throws Exception {
        TestSigner signer = TestSigner.rsa("CN=ООО Ромашка,C=RU");

        CadesVerification result = verifier.verify(DOCUMENT, signer.signDetached(DOCUMENT));

        assertThat(result.valid()).isTrue();
        assertThat(result.signerSubject()).isEqualTo("CN=ООО Ромашка,C=RU");
        assertThat(result.digestAlgorithm()).isEqualTo("SHA256");
    }

    @Test
    void a_changed_document_is_refused() throws Exception {
        for (TestSigner signer : new TestSigner[] {TestSigner.gost("CN=G"), TestSigner.rsa("CN=R")}) {
            byte[] signature = signer.signDetached(DOCUMENT);
            byte[] changed = DOCUMENT.clone();
            changed[changed.length - 1] = '3';

            CadesVerification result = verifier.verify(changed, signature);

            assertThat(result.valid()).isFalse();
            assertThat(result.problem()).isEqualTo(CadesVerifier.DOCUMENT_CHANGED);
            assertThat(result.problemMessage(Locale.forLanguageTag("ru"))).contains("документ изменён после подписания");
        }
    }

    @Test
    void a_changed_signature_value_is_refused() throws Exception {
        for (TestSigner signer : new TestSigner[] {TestSigner.gost("CN=G"), TestSigner.rsa("CN=R")}) {
            byte[] signature = signer.signDetached(DOCUMENT);
            byte[] value = new CMSSignedData(signature).getSignerInfos().getSigners().iterator().next().getSignature();
            int at = indexOf(signature, value) + value.length / 2;
            byte[] tampered = signature.clone();
            tampered[at] ^= 0x01;

            CadesVerification result = verifier.verify(DOCUMENT, tampered);

            assertThat(result.valid()).isFalse();
            assertThat(result.problem()).isEqualTo(CadesVerifier.SIGNATURE_INVALID);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("the signature value is not in the CMS");
    }

    @Test
    void a_signature_naming_another_certificate_is_refused() throws Exception {
        TestSigner signer = TestSigner.gost("CN=Signer");
        TestSigner other = TestSigner.gost("CN=Other");

        CadesVerification result = verifier.verify(DOCUMENT, signer.signDetached(DOCUMENT, other.certificate()));

        assertThat(result.problem()).isEqualTo(CadesVerifier.CERTIFICATE_MISMATCH);
    }

    @Test
    void a_certificate_expired_before_the_signing_time_is_refused() throws Exception {
        TestSigner expired = TestSigner.rsa("CN=Expired", Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)));

        CadesVerification result = verifier.verify(DOCUMENT, expired.signDetached(DOCUMENT));

        assertThat(result.problem()).isEqualTo(CadesVerifier.CERTIFICATE_NOT_VALID);
    }

    @Test
    void what_is_not_a_signature_is_refused_as_malformed() {
        assertThat(verifier.verify(DOCUMENT, "not a signature".getBytes(StandardCharsets.UTF_8)).problem()).isEqualTo(CadesVerifier.MALFORMED);
        assertThat(verifier.verify(DOCUMENT, new byte[0]).problem()).isEqualTo(CadesVerifier.MALFORMED);
        assertThat(verifier.verify(DOCUMENT, Arrays.copyOf(DOCUMENT, 10)).valid()).isFalse();
    }
}
