package io.meterhub.dashboard.apikeys;

import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.apikeys.ApiKeyAdministration;
import io.meterhub.cabinet.apikeys.ApiKeyRepository;
import io.meterhub.cabinet.apikeys.ApiKeys;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.organizations.OrganizationRepository;
import io.meterhub.storage.cabinet.apikeys.JdbcApiKeyRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;

/** The organization's API keys: the same keys the integration API checks. */
@Configuration(proxyBeanMethods = false)
public class ApiKeysConfiguration {
    @Bean
    public ApiKeyRepository apiKeyRepository(DataSource dataSource) {
        return new JdbcApiKeyRepository(dataSource);
    }

    @Bean
    public ApiKeys apiKeys(ApiKeyRepository keys, OrganizationRepository organizations, Clock clock) {
        return new ApiKeys(keys, id -> organizations.profile(id).isPresent(), clock);
    }

    @Bean
    public ApiKeyAdministration apiKeyAdministration(ApiKeys keys, StaffRights rights, AuditLog audit) {
        return new ApiKeyAdministration(keys, rights, audit);
    }
}
