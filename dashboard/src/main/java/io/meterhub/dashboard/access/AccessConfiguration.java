package io.meterhub.dashboard.access;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.readings.ManualReadingRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AccessConfiguration {
    @Bean
    public AccessPolicy accessPolicy(AccountRepository accounts, ManualReadingRepository readings) {
        return new AccessPolicy(accounts, readings);
    }
}
