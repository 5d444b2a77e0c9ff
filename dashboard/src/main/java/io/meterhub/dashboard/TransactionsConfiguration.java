package io.meterhub.dashboard;

import io.meterhub.cabinet.common.Transactions;
import io.meterhub.storage.cabinet.JdbcTransactions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** The cabinet's transaction port over the dashboard's pool: the services run their transactions through it. */
@Configuration(proxyBeanMethods = false)
public class TransactionsConfiguration {
    @Bean
    public Transactions cabinetTransactions(DataSource dataSource) {
        return new JdbcTransactions(dataSource);
    }
}
