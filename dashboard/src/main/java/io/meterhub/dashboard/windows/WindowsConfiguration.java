package io.meterhub.dashboard.windows;

import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.windows.WindowService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
public class WindowsConfiguration {
    @Bean
    public WindowService windowService(AccountRepository accounts, Clock clock) {
        return new WindowService(accounts, clock);
    }
}
