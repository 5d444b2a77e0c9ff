package io.meterhub.dashboard.consumption;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.consumption.ConsumptionQueries;
import io.meterhub.cabinet.consumption.ConsumptionService;
import io.meterhub.cabinet.telemetry.TelemetryRepository;
import io.meterhub.storage.cabinet.telemetry.JdbcTelemetryRepository;
import io.meterhub.storage.consumption.JdbcConsumptionQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

@Configuration(proxyBeanMethods = false)
public class ConsumptionConfiguration {
    @Bean
    public TelemetryRepository telemetryRepository(DataSource dataSource) {
        return new JdbcTelemetryRepository(dataSource);
    }

    @Bean
    public ConsumptionQueries consumptionQueries(DataSource dataSource) {
        return new JdbcConsumptionQueries(dataSource);
    }

    @Bean
    public ConsumptionService consumptionService(AccessPolicy access, AccountRepository accounts, TelemetryRepository telemetry,
                                                 ConsumptionQueries queries) {
        return new ConsumptionService(access, accounts, telemetry, queries);
    }
}
