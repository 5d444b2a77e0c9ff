package io.meterhub.dashboard.outbox;

import io.meterhub.cabinet.notifications.outbox.Outbox;
import io.meterhub.cabinet.notifications.outbox.OutboxEmailChannel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The demo's outbox: built only when the launcher starts the dashboard as the demo (it sets
 * {@link #DEMO_ORGANIZATION_PROPERTY}; {@code meterhub cabinet} never does). The SMS provider then writes
 * into it, and without an SMTP server so does an email channel.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = OutboxConfiguration.DEMO_ORGANIZATION_PROPERTY)
public class OutboxConfiguration {
    /** The demo's organization, whose local time the outbox shows; set by {@code DashboardConfig.asDemo}. */
    public static final String DEMO_ORGANIZATION_PROPERTY = "meterhub.demo.organization";

    @Bean
    public Outbox demoOutbox(Clock clock) {
        return new Outbox(Outbox.DEFAULT_CAPACITY, clock);
    }

    /** Emails of a demo without an SMTP server ({@code MH_SMTP_HOST} unset) go to the outbox. */
    @Bean
    @ConditionalOnExpression("'${MH_SMTP_HOST:}'.isBlank()")
    public OutboxEmailChannel outboxEmailChannel(Outbox outbox) {
        return new OutboxEmailChannel(outbox);
    }
}
