package io.meterhub.dashboard;

import io.meterhub.storage.cabinet.Transactions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** The cabinet's transaction port over the dashboard's pool: the services run their transactions through it. */
@Configuration(proxyBeanMethods = false)
public class TransactionsConfiguration {
    @Bean
    public Transactions cabinetTransactions(DataSource dataSource) {
        return new Transactions(dataSource);
    }
}
