package io.meterhub.dashboard.anomalies;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.anomalies.AnomalyAlerts;
import io.meterhub.cabinet.anomalies.AnomalyRepository;
import io.meterhub.cabinet.anomalies.AnomalyReviewService;
import io.meterhub.cabinet.anomalies.DutyRoster;
import io.meterhub.cabinet.anomalies.EpisodeContextService;
import io.meterhub.cabinet.anomalies.OwnerNoticeService;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.consumption.ConsumptionQueries;
import io.meterhub.cabinet.notifications.NotificationRepository;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.cabinet.telemetry.TelemetryRepository;
import io.meterhub.dashboard.EnvironmentVariables;
import io.meterhub.storage.cabinet.anomalies.JdbcAnomalyRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.time.Clock;

/** The operators' review of anomalies, their alerts to whoever is on duty, and the owners' notices. */
@Configuration(proxyBeanMethods = false)
public class AnomaliesConfiguration {
    @Bean
    public AnomalyRepository anomalyRepository(DataSource dataSource) {
        return new JdbcAnomalyRepository(dataSource);
    }

    @Bean
    public AnomalyReviewService anomalyReviewService(Transactions transactions, AccessPolicy access, AnomalyRepository anomalies,
                                                     AccountRepository organizations, Clock clock) {
        return new AnomalyReviewService(transactions, access, anomalies, organizations, clock);
    }

    @Bean
    public DutyRoster dutyRoster(NotificationRepository users, AccessPolicy access) {
        return new DutyRoster(users, access);
    }

    @Bean
    public AnomalyAlerts anomalyAlerts(AnomalyRepository anomalies, NotificationRepository staff, AccountRepository organizations,
                                       NotificationService notifications, Clock clock) {
        return new AnomalyAlerts(anomalies, staff, organizations, notifications, clock);
    }

    @Bean
    public AnomalyAlertsConfig anomalyAlertsConfig(Environment environment) {
        return AnomalyAlertsConfig.fromEnvironment(EnvironmentVariables.read(environment,
                AnomalyAlertsConfig.ENABLED_VARIABLE, AnomalyAlertsConfig.EVERY_VARIABLE));
    }

    @Bean(destroyMethod = "close")
    public AnomalyAlertsSchedule anomalyAlertsSchedule(AnomalyAlerts alerts, AnomalyAlertsConfig config) {
        return AnomalyAlertsSchedule.start(alerts, config);
    }

    @Bean
    public EpisodeContextService episodeContextService(AccessPolicy access, AnomalyRepository anomalies, AccountRepository accounts,
                                                       TelemetryRepository telemetry, ConsumptionQueries consumption, Clock clock) {
        return new EpisodeContextService(access, anomalies, accounts, telemetry, consumption, clock);
    }

    @Bean
    public OwnerNoticeService ownerNoticeService(AccessPolicy access, AccountRepository accounts, AnomalyRepository anomalies, Clock clock) {
        return new OwnerNoticeService(access, accounts, anomalies, clock);
    }
}
