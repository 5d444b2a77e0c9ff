package io.meterhub.dashboard.access;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.accountaccess.AccountAccessRepository;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.readings.ManualReadingRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
public class AccessConfiguration {
    @Bean
    public AccessPolicy accessPolicy(AccountRepository accounts, ManualReadingRepository readings, AccountAccessRepository grants, Clock clock) {
        return new AccessPolicy(accounts, readings, grants, clock);
    }
}
