package io.meterhub.dashboard.accounts;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.accounts.AccountOverviewService;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.ledger.LedgerService;
import io.meterhub.cabinet.readings.ManualReadingRepository;
import io.meterhub.cabinet.telemetry.TelemetryRepository;
import io.meterhub.storage.cabinet.accounts.JdbcAccountRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;

@Configuration(proxyBeanMethods = false)
public class AccountsConfiguration {
    @Bean
    public AccountRepository accountRepository(DataSource dataSource) {
        return new JdbcAccountRepository(dataSource);
    }

    @Bean
    public AccountOverviewService accountOverviewService(AccessPolicy access, AccountRepository accounts, ManualReadingRepository readings,
                                                         TelemetryRepository telemetry, LedgerService ledger, Clock clock) {
        return new AccountOverviewService(access, accounts, readings, telemetry, ledger, clock);
    }
}
