package io.meterhub.dashboard.payments;

import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.ledger.LedgerService;
import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.payments.PolicyPaymentAccess;
import io.meterhub.cabinet.payments.PaymentService;
import io.meterhub.cabinet.payments.PaymentStore;
import io.meterhub.cabinet.payments.SandboxPaymentConfig;
import io.meterhub.cabinet.payments.SandboxPaymentProvider;
import io.meterhub.dashboard.EnvironmentVariables;
import io.meterhub.storage.cabinet.payments.JdbcPaymentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.meterhub.cabinet.webhooks.IntegrationEvents;
import org.springframework.context.annotation.Bean;
import io.meterhub.cabinet.webhooks.IntegrationEvents;
import org.springframework.context.annotation.Configuration;
import io.meterhub.cabinet.webhooks.IntegrationEvents;
import org.springframework.core.env.Environment;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Payments go through the sandbox provider, posted by the ledger's own {@code postPayment} (one write path
 * into the ledger).
 */
@Configuration(proxyBeanMethods = false)
public class PaymentsConfiguration {
    /** Where a finished payment returns to (the customer's payments view). */
    public static final String PAYMENTS_RETURN_URL = "/payments";
    static final String SECRET_VARIABLE = "MH_PAYMENT_SANDBOX_SECRET";
    private static final Logger log = LoggerFactory.getLogger(PaymentsConfiguration.class);

    @Bean
    public SandboxPaymentConfig sandboxPaymentConfig(Environment environment) {
        return sandboxConfig(EnvironmentVariables.read(environment, SECRET_VARIABLE, "MH_PAYMENT_SANDBOX_CONFIRMATION_URL"));
    }

    @Bean
    public SandboxPaymentProvider sandboxPaymentProvider(SandboxPaymentConfig config) {
        return new SandboxPaymentProvider(config);
    }

    @Bean
    public PaymentStore paymentStore() {
        return new JdbcPaymentStore();
    }

    @Bean
    public PaymentService paymentService(Transactions transactions, PaymentStore store, SandboxPaymentProvider provider, LedgerService ledger,
                                         AccessPolicy access, Clock clock, IntegrationEvents events) {
        return new PaymentService(transactions, store, provider, new PolicyPaymentAccess(access), ledger::postPayment,
                PAYMENTS_RETURN_URL, clock, events);
    }

    /**
     * The sandbox's configuration from the environment; without {@code MH_PAYMENT_SANDBOX_SECRET}
     * (the demo, tests) a random secret for this process, said so in the log (never the secret).
     */
    static SandboxPaymentConfig sandboxConfig(Map<String, String> environment) {
        String secret = environment.get(SECRET_VARIABLE);
        if (secret != null && !secret.isBlank()) {
            return SandboxPaymentConfig.fromEnvironment(environment);
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        Map<String, String> withSecret = new HashMap<>(environment);
        withSecret.put(SECRET_VARIABLE, HexFormat.of().formatHex(random));
        log.warn(SECRET_VARIABLE + " is not set: the sandbox payment provider signs its callbacks with a secret generated "
                + "for this process (fine for the demo and tests; set it for anything else)");
        return SandboxPaymentConfig.fromEnvironment(withSecret);
    }
}
