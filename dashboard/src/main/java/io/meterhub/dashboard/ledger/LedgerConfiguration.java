package io.meterhub.dashboard.ledger;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.ledger.LedgerRepository;
import io.meterhub.cabinet.ledger.LedgerService;
import io.meterhub.storage.cabinet.ledger.JdbcLedgerRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

@Configuration(proxyBeanMethods = false)
public class LedgerConfiguration {
    @Bean
    public LedgerRepository ledgerRepository(DataSource dataSource) {
        return new JdbcLedgerRepository(dataSource);
    }

    @Bean
    public LedgerService ledgerService(AccessPolicy access, AccountRepository accounts, LedgerRepository ledger) {
        return new LedgerService(access, accounts, ledger);
    }
}
