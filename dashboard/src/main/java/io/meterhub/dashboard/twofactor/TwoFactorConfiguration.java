package io.meterhub.dashboard.twofactor;

import io.meterhub.cabinet.common.Messages;
import io.meterhub.cabinet.notifications.NewNotification;
import io.meterhub.cabinet.notifications.NotificationChannel;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.cabinet.otp.CodeKey;
import io.meterhub.cabinet.otp.OneTimeCodes;
import io.meterhub.cabinet.signin.SignInGuard;
import io.meterhub.cabinet.twofactor.AuthenticatorSecrets;
import io.meterhub.cabinet.twofactor.EmailCodeSender;
import io.meterhub.cabinet.twofactor.Reauthentication;
import io.meterhub.cabinet.twofactor.SecondFactorPolicy;
import io.meterhub.cabinet.twofactor.SecondFactorRepository;
import io.meterhub.cabinet.twofactor.SecondFactors;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.services.OneTimeCodeDelivery;
import io.meterhub.storage.cabinet.twofactor.JdbcSecondFactorRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Two-factor sign-in: the cabinet's services over JDBC, the login code by email, the staff rule from the environment. */
@Configuration(proxyBeanMethods = false)
public class TwoFactorConfiguration {
    public static final String BUNDLE = "twofactor-messages";

    @Bean
    public SecondFactorRepository secondFactorRepository(DataSource dataSource) {
        return new JdbcSecondFactorRepository(dataSource);
    }

    @Bean
    public AuthenticatorSecrets authenticatorSecrets(SecondFactorRepository factors, Clock clock) {
        return new AuthenticatorSecrets(factors, CodeKey.fromEnvironment(System.getenv()), clock);
    }

    /** {@code MH_STAFF_SECOND_FACTOR} from Spring's environment (the process's variables, or a system property a test sets). */
    @Bean
    public SecondFactorPolicy secondFactorPolicy(Environment environment) {
        Map<String, String> env = new HashMap<>();
        String value = environment.getProperty(SecondFactorPolicy.VARIABLE);
        if (value != null) {
            env.put(SecondFactorPolicy.VARIABLE, value);
        }
        return SecondFactorPolicy.fromEnvironment(env);
    }

    /** The login code goes by email only, and stays out of the inbox (the inbox would keep a usable code). */
    @Bean
    public EmailCodeSender emailCodeSender(NotificationService notifications, ObjectProvider<NotificationChannel> channels, UserService users) {
        return (userId, code) -> channels.orderedStream().filter(c -> "email".equals(c.name())).findFirst().map(email -> {
            Locale locale = OneTimeCodeDelivery.localeOf(users, userId);
            return notifications.sendPrivately(new NewNotification(userId, "SIGN_IN_CODE", Messages.format(BUNDLE, "twofactor.email.subject", locale),
                    Messages.format(BUNDLE, "twofactor.email.body", locale, code), null), email);
        }).orElse(false);
    }

    @Bean
    public SecondFactors secondFactors(SecondFactorRepository factors, AuthenticatorSecrets authenticators, OneTimeCodes codes,
                                       EmailCodeSender email, SignInGuard guard, SecondFactorPolicy policy, Clock clock) {
        return new SecondFactors(factors, authenticators, codes, email, guard, policy, clock);
    }

    @Bean
    public Reauthentication reauthentication(SecondFactorRepository factors, Clock clock) {
        return new Reauthentication(factors, clock);
    }
}
