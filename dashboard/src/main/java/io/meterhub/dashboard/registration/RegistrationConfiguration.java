package io.meterhub.dashboard.registration;

import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.connection.ApplicantRepository;
import io.meterhub.cabinet.otp.OneTimeCodes;
import io.meterhub.cabinet.registration.RegistrationService;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.services.OneTimeCodeDelivery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
public class RegistrationConfiguration {
    @Bean
    public RegistrationService registrationService(Transactions transactions, UserService users, ApplicantRepository applicants, OneTimeCodes codes,
                                                   OneTimeCodeDelivery delivery, Clock clock) {
        return new RegistrationService(transactions, users, applicants, codes, delivery, clock);
    }
}
