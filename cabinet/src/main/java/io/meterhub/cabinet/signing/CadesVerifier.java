package io.meterhub.cabinet.signing;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cryptopro.CryptoProObjectIdentifiers;
import org.bouncycastle.asn1.rosstandart.RosstandartObjectIdentifiers;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.Provider;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Checks a detached CAdES (CMS) signature of a document: the document's digest, the signature over the
 * signed attributes, the certificate's validity at the signing time and, when present, that the
 * signing-certificate-v2 attribute names the certificate that signed. GOST R 34.10-2012 / 34.11-2012
 * and RSA/ECDSA signatures are read through BouncyCastle (its provider is used here without installing
 * it in the JVM). Trust in the certificate's issuer (an accredited CA) is not checked here.
 */
public final class CadesVerifier {
    public static final String MALFORMED = "cades.malformed";
    public static final String NO_SIGNER = "cades.noSigner";
    public static final String NO_CERTIFICATE = "cades.noCertificate";
    public static final String DOCUMENT_CHANGED = "cades.documentChanged";
    public static final String SIGNATURE_INVALID = "cades.signatureInvalid";
    public static final String CERTIFICATE_NOT_VALID = "cades.certificateNotValid";
    public static final String CERTIFICATE_MISMATCH = "cades.certificateMismatch";
    public static final String UNSUPPORTED_ALGORITHM = "cades.unsupportedAlgorithm";
    public static final String CERTIFICATE_UNREADABLE = "cades.certificateUnreadable";

    private static final Provider BC = new BouncyCastleProvider();
    private final DefaultAlgorithmNameFinder names = new DefaultAlgorithmNameFinder();

    /** Every signer of the CMS must verify; the first signer's subject, digest and time are reported. */
    public CadesVerification verify(byte[] document, byte[] detachedCms) {
        CMSSignedData signed;
        try {
            signed = new CMSSignedData(new CMSProcessableByteArray(document), detachedCms);
        } catch (CMSException | RuntimeException e) {
            return CadesVerification.refused(MALFORMED, null, null, null);
        }
        List<SignerInformation> signers = List.copyOf(signed.getSignerInfos().getSigners());
        if (signers.isEmpty()) {
            return CadesVerification.refused(NO_SIGNER, null, null, null);
        }
        CadesVerification first = null;
        for (SignerInformation signer : signers) {
            CadesVerification result = verify(signed, signer);
            if (!result.valid()) {
                return result;
            }
            first = first == null ? result : first;
        }
        return first;
    }

    @SuppressWarnings("unchecked")
    private CadesVerification verify(CMSSignedData signed, SignerInformation signer) {
        String digest = digestName(signer.getDigestAlgorithmID());
        Instant signingTime = signingTime(signer);
        Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            return CadesVerification.refused(NO_CERTIFICATE, null, digest, signingTime);
        }
        X509CertificateHolder certificate = matches.iterator().next();
        String subject = certificate.getSubject().toString();
        try {
            if (!namesSigningCertificate(signer, certificate)) {
                return CadesVerification.refused(CERTIFICATE_MISMATCH, subject, digest, signingTime);
            }
            if (signingTime == null && !certificate.isValidOn(new java.util.Date())) {
                return CadesVerification.refused(CERTIFICATE_NOT_VALID, subject, digest, null);
            }
            // with a signing time, the builder's verifier refuses a certificate not valid at that time
            boolean ok = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(certificate));
            return ok ? new CadesVerification(true, subject, digest, signingTime, null)
                    : CadesVerification.refused(SIGNATURE_INVALID, subject, digest, signingTime);
        } catch (CMSSignerDigestMismatchException e) {
            return CadesVerification.refused(DOCUMENT_CHANGED, subject, digest, signingTime);
        } catch (CMSVerifierCertificateNotValidException e) {
            return CadesVerification.refused(CERTIFICATE_NOT_VALID, subject, digest, signingTime);
        } catch (OperatorCreationException e) {
            return CadesVerification.refused(UNSUPPORTED_ALGORITHM, subject, digest, signingTime);
        } catch (java.security.cert.CertificateException e) {
            return CadesVerification.refused(CERTIFICATE_UNREADABLE, subject, digest, signingTime);
        } catch (CMSException | IOException | RuntimeException e) {
            // a damaged signature value or attribute: BouncyCastle reports it as an exception rather than false
            return CadesVerification.refused(SIGNATURE_INVALID, subject, digest, signingTime);
        }
    }

    /** BouncyCastle's name finder knows no GOST R 34.11-2012 names; they are named here as its provider names them. */
    private String digestName(AlgorithmIdentifier algorithm) {
        ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
        if (RosstandartObjectIdentifiers.id_tc26_gost_3411_12_256.equals(oid)) {
            return "GOST3411-2012-256";
        }
        if (RosstandartObjectIdentifiers.id_tc26_gost_3411_12_512.equals(oid)) {
            return "GOST3411-2012-512";
        }
        if (CryptoProObjectIdentifiers.gostR3411.equals(oid)) {
            return "GOST3411";
        }
        return names.getAlgorithmName(algorithm);
    }

    private static Instant signingTime(SignerInformation signer) {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return null;
        }
        try {
            return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** CAdES-BES binds the certificate with a signed hash of it; a CMS without the attribute passes this check. */
    private static boolean namesSigningCertificate(SignerInformation signer, X509CertificateHolder certificate)
            throws OperatorCreationException, IOException {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return true;
        }
        ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
        ESSCertIDv2[] ids = SigningCertificateV2.getInstance(value).getCerts();
        if (ids.length == 0) {
            return false;
        }
        ESSCertIDv2 id = ids[0];
        // the default hash of ESSCertIDv2 is SHA-256, given only by its OID
        AlgorithmIdentifier hashAlgorithm = id.getHashAlgorithm() == null
                ? new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256) : id.getHashAlgorithm();
        DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder().setProvider(BC).build().get(hashAlgorithm);
        try (OutputStream out = calculator.getOutputStream()) {
            out.write(certificate.getEncoded());
        }
        return MessageDigest.isEqual(calculator.getDigest(), id.getCertHash());
    }
}
