package io.meterhub.dashboard.webhooks;

import io.meterhub.cabinet.webhooks.IntegrationEvents;
import io.meterhub.storage.cabinet.webhooks.JdbcIntegrationEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The webhooks' outbox, for the cabinet's services: the API process delivers what they record. */
@Configuration(proxyBeanMethods = false)
public class WebhooksConfiguration {
    @Bean
    public IntegrationEvents integrationEvents() {
        return new JdbcIntegrationEvents();
    }
}
