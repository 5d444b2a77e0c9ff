package io.meterhub.dashboard.readings;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.anomalies.AnomalyRepository;
import io.meterhub.cabinet.readings.ManualReadingRepository;
import io.meterhub.cabinet.readings.MismatchRules;
import io.meterhub.cabinet.readings.OperatorReviewService;
import io.meterhub.cabinet.readings.PlausibilityRules;
import io.meterhub.cabinet.readings.ReadingSubmissionService;
import io.meterhub.cabinet.readings.TelemetryCrossCheck;
import io.meterhub.cabinet.telemetry.TelemetryRepository;
import io.meterhub.cabinet.windows.WindowService;
import io.meterhub.storage.cabinet.readings.JdbcManualReadingRepository;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.webhooks.IntegrationEvents;
import org.springframework.context.annotation.Bean;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.webhooks.IntegrationEvents;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;

@Configuration(proxyBeanMethods = false)
public class ReadingsConfiguration {
    @Bean
    public ManualReadingRepository manualReadingRepository(DataSource dataSource) {
        return new JdbcManualReadingRepository(dataSource);
    }

    @Bean
    public ReadingSubmissionService readingSubmissionService(AccessPolicy access, AccountRepository accounts, ManualReadingRepository readings,
                                                             TelemetryRepository telemetry, WindowService windows, AnomalyRepository anomalies,
                                                             Clock clock, Transactions transactions, IntegrationEvents events) {
        return new ReadingSubmissionService(access, accounts, readings, telemetry, windows,
                new TelemetryCrossCheck(telemetry, anomalies, MismatchRules.defaults()), PlausibilityRules.defaults(), clock, transactions, events);
    }

    @Bean
    public OperatorReviewService operatorReviewService(AccessPolicy access, ManualReadingRepository readings, Clock clock) {
        return new OperatorReviewService(access, readings, clock);
    }
}
