package io.meterhub.cabinet.signing;

import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Hashtable;

/** A person's signing key and self-signed certificate, made in the test as a crypto tool would, and CAdES-BES signatures with them. */
final class TestSigner {
    private static final Provider BC = new BouncyCastleProvider();

    private final KeyPair keys;
    private final X509CertificateHolder certificate;
    private final String algorithm;

    private TestSigner(KeyPair keys, X509CertificateHolder certificate, String algorithm) {
        this.keys = keys;
        this.certificate = certificate;
        this.algorithm = algorithm;
    }

    /** GOST R 34.10-2012 with a 256-bit key (parameter set A of TC 26) and GOST R 34.11-2012 256-bit hash. */
    static TestSigner gost(String subject) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("ECGOST3410-2012", BC);
        generator.initialize(new ECGenParameterSpec("Tc26-Gost-3410-12-256-paramSetA"));
        return create(generator.generateKeyPair(), "GOST3411-2012-256WITHECGOST3410-2012-256", subject, Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(365)));
    }

    static TestSigner rsa(String subject) throws Exception {
        return rsa(subject, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(365)));
    }

    static TestSigner rsa(String subject, Instant notBefore, Instant notAfter) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BC);
        generator.initialize(2048);
        return create(generator.generateKeyPair(), "SHA256withRSA", subject, notBefore, notAfter);
    }

    private static TestSigner create(KeyPair keys, String algorithm, String subject, Instant notBefore, Instant notAfter) throws Exception {
        X500Name name = new X500Name(subject);
        ContentSigner signer = new JcaContentSignerBuilder(algorithm).setProvider(BC).build(keys.getPrivate());
        X509CertificateHolder certificate = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()), Date.from(notBefore),
                Date.from(notAfter), name, keys.getPublic()).build(signer);
        return new TestSigner(keys, certificate, algorithm);
    }

    /** A detached CAdES-BES signature: signing time, message digest and signing-certificate-v2 signed. */
    byte[] signDetached(byte[] document) throws Exception {
        return signDetached(document, certificate);
    }

    /** The same, naming another certificate in signing-certificate-v2 (a substitution the verifier must catch). */
    byte[] signDetached(byte[] document, X509CertificateHolder named) throws Exception {
        ContentSigner signer = new JcaContentSignerBuilder(algorithm).setProvider(BC).build(keys.getPrivate());
        byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(named.getEncoded());
        Hashtable<org.bouncycastle.asn1.ASN1ObjectIdentifier, org.bouncycastle.asn1.cms.Attribute> attributes = new Hashtable<>();
        attributes.put(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new org.bouncycastle.asn1.cms.Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(new ESSCertIDv2(certificateHash)))));
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
                .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                .build(signer, certificate));
        generator.addCertificate(certificate);
        return generator.generate(new CMSProcessableByteArray(document), false).getEncoded();
    }

    X509CertificateHolder certificate() {
        return certificate;
    }
}
