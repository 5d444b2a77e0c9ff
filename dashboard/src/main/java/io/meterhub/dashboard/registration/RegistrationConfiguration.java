package io.meterhub.dashboard.registration;

import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.connection.ApplicantRepository;
import io.meterhub.cabinet.consent.Consents;
import io.meterhub.cabinet.notifications.NotificationChannel;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.cabinet.otp.OneTimeCodes;
import io.meterhub.cabinet.registration.EmailCodeMailer;
import io.meterhub.cabinet.registration.RegistrationService;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.services.OneTimeCodeDelivery;
import io.meterhub.dashboard.twofactor.TwoFactorConfiguration;
import io.meterhub.storage.cabinet.consent.JdbcConsentRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;

@Configuration(proxyBeanMethods = false)
public class RegistrationConfiguration {
    /** The bundle of the email that carries the address's confirmation code. */
    static final String EMAIL_BUNDLE = "connection-messages";

    @Bean
    public Consents consents(Transactions transactions, DataSource dataSource, Clock clock) {
        return new Consents(transactions, new JdbcConsentRepository(dataSource), clock);
    }

    /** The confirmation code goes the way of the login code: the email channel alone (the demo's outbox without SMTP). */
    @Bean
    public EmailCodeMailer emailCodeMailer(NotificationService notifications, ObjectProvider<NotificationChannel> channels, UserService users) {
        return (userId, code) -> TwoFactorConfiguration.emailPrivately(notifications, channels, users, userId, "EMAIL_CONFIRMATION_CODE",
                EMAIL_BUNDLE, "registration.email.code", code);
    }

    @Bean
    public RegistrationService registrationService(Transactions transactions, UserService users, ApplicantRepository applicants, OneTimeCodes codes,
                                                   OneTimeCodeDelivery delivery, EmailCodeMailer mailer, Consents consents, Clock clock) {
        return new RegistrationService(transactions, users, applicants, codes, delivery, mailer, consents, clock);
    }
}
