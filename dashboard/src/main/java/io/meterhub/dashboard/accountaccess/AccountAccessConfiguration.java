package io.meterhub.dashboard.accountaccess;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.accountaccess.AccountAccessRepository;
import io.meterhub.cabinet.accountaccess.AccountAttaching;
import io.meterhub.cabinet.accountaccess.AttachLimits;
import io.meterhub.cabinet.accountaccess.Delegations;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.dashboard.EnvironmentVariables;
import io.meterhub.storage.cabinet.accountaccess.JdbcAccountAccessRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.time.Clock;

@Configuration(proxyBeanMethods = false)
public class AccountAccessConfiguration {
    @Bean
    public AccountAccessRepository accountAccessRepository(DataSource dataSource) {
        return new JdbcAccountAccessRepository(dataSource);
    }

    @Bean
    public AccountAttaching accountAttaching(AccountAccessRepository grants, AccountRepository accounts, AccessPolicy access, Environment environment,
                                             Clock clock) {
        AttachLimits limits = AttachLimits.fromEnvironment(EnvironmentVariables.read(environment, AttachLimits.VARIABLES.toArray(String[]::new)));
        return new AccountAttaching(grants, accounts, access, limits, clock);
    }

    @Bean
    public Delegations delegations(AccountAccessRepository grants, AccountRepository accounts, AccessPolicy access, Clock clock) {
        return new Delegations(grants, accounts, access, clock);
    }
}
