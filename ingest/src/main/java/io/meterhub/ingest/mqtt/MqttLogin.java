package io.meterhub.ingest.mqtt;

import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Who a client is to the broker and, over TLS, whom it trusts to be the broker. From
 * {@code MH_MQTT_USER}, {@code MH_MQTT_PASSWORD} and {@code MH_MQTT_CA_FILE}.
 *
 * <p>TLS follows the broker URI ({@code ssl://host:8883}); the CA file only replaces the JVM's
 * trusted authorities, for a broker with a certificate of the utility's own (or a test) CA. The
 * CA's certificates are read when the configuration is read and travel with it, so that a Flink
 * task manager needs no copy of the file.
 *
 * @param trustedCaPem PEM certificates to trust instead of the JVM's, or null for the JVM's
 */
public record MqttLogin(String user, String password, String trustedCaPem) implements Serializable {
    public static final MqttLogin ANONYMOUS = new MqttLogin(null, null, null);

    public MqttLogin {
        user = blankToNull(user);
        password = blankToNull(password);
        trustedCaPem = blankToNull(trustedCaPem);
        List<String> problems = new ArrayList<>();
        if (user == null && password != null) {
            problems.add("MH_MQTT_PASSWORD is set but MH_MQTT_USER is not");
        }
        if (user != null && password == null) {
            problems.add("MH_MQTT_USER is set (\"" + user + "\") but MH_MQTT_PASSWORD is not");
        }
        if (trustedCaPem != null) {
            try {
                certificates(trustedCaPem);
            } catch (CertificateException e) {
                problems.add("the trusted CA is not a PEM certificate: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    public static MqttLogin of(String user, String password) {
        return new MqttLogin(user, password, null);
    }

    /** The same login trusting the CA certificates of this PEM file (MH_MQTT_CA_FILE). */
    public MqttLogin trustingCaFile(Path caFile) {
        return new MqttLogin(user, password, readCaFile(caFile));
    }

    public static MqttLogin fromEnvironment(Map<String, String> env) {
        MqttLogin login = of(env.get("MH_MQTT_USER"), env.get("MH_MQTT_PASSWORD"));
        String caFile = blankToNull(env.get("MH_MQTT_CA_FILE"));
        return caFile == null ? login : login.trustingCaFile(Path.of(caFile));
    }

    /** What is wrong with using this login on that broker URI: a CA without TLS would protect nothing. */
    public List<String> problemsWith(String brokerUri) {
        String scheme;
        try {
            scheme = URI.create(brokerUri).getScheme();
        } catch (IllegalArgumentException | NullPointerException e) {
            return List.of();
        }
        boolean tls = "ssl".equals(scheme) || "wss".equals(scheme);
        if (trustedCaPem != null && !tls) {
            return List.of("MH_MQTT_CA_FILE is set but MH_MQTT_URI \"" + brokerUri
                    + "\" is not TLS: use ssl://host:8883 (or drop MH_MQTT_CA_FILE)");
        }
        return List.of();
    }

    /** Sets the user name, the password and, when a CA is given, a TLS socket factory that trusts only it. */
    public void applyTo(MqttConnectionOptions options) {
        if (user != null) {
            options.setUserName(user);
            options.setPassword(password.getBytes(StandardCharsets.UTF_8));
        }
        if (trustedCaPem != null) {
            options.setSocketFactory(trustingOnly(trustedCaPem).getSocketFactory());
        }
        // Paho checks that the broker's certificate names the host of the URI; keep it so.
        options.setHttpsHostnameVerificationEnabled(true);
    }

    private static SSLContext trustingOnly(String pem) {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int i = 0;
            for (Certificate certificate : certificates(pem)) {
                trusted.setCertificateEntry("ca-" + i++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up TLS with the trusted CA: " + e.getMessage(), e);
        }
    }

    private static Collection<? extends Certificate> certificates(String pem) throws CertificateException {
        Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.ISO_8859_1)));
        if (certificates.isEmpty()) {
            throw new CertificateException("no certificate in it");
        }
        return certificates;
    }

    private static String readCaFile(Path caFile) {
        String pem;
        try {
            pem = Files.readString(caFile, StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("MH_MQTT_CA_FILE \"" + caFile + "\" cannot be read: " + e.getMessage(), e);
        }
        try {
            certificates(pem);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("MH_MQTT_CA_FILE \"" + caFile + "\" holds no PEM certificate: " + e.getMessage(), e);
        }
        return pem;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @Override
    public String toString() {
        return "MqttLogin[" + (user == null ? "anonymous" : user) + (trustedCaPem == null ? "" : ", own CA") + "]";
    }
}
