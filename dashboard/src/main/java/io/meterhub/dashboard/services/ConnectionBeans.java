package io.meterhub.dashboard.services;

import io.meterhub.cabinet.connectionfee.ConnectionFeeCalculator;
import io.meterhub.cabinet.connectionfee.FeeRateRepository;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.storage.cabinet.connectionfee.JdbcFeeRateRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * The grid connection's beans that {@code connection.ConnectionConfiguration} does not build yet (the fee
 * calculator, the notification sinks), left from the former {@code CabinetServices} for the connection feature.
 */
@Configuration(proxyBeanMethods = false)
public class ConnectionBeans {
    @Bean
    public FeeRateRepository feeRateRepository(DataSource dataSource) {
        return new JdbcFeeRateRepository(dataSource);
    }

    @Bean
    public ConnectionFeeCalculator connectionFeeCalculator(FeeRateRepository rates) {
        return new ConnectionFeeCalculator(rates);
    }

    /** The applications' notifications go through the cabinet's notification service (the inbox, then email and SMS). */
    @Bean
    public ConnectionNotificationSinks connectionNotificationSinks(NotificationService notifications) {
        return new ConnectionNotificationSinks(notifications::send);
    }
}
