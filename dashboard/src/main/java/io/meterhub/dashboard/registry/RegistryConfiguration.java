package io.meterhub.dashboard.registry;

import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.organizations.OrganizationRepository;
import io.meterhub.cabinet.registry.RegistryRepository;
import io.meterhub.cabinet.registry.RegistryService;
import io.meterhub.storage.cabinet.registry.JdbcRegistryRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;

/** The registry of controllers, meters and replacements. */
@Configuration(proxyBeanMethods = false)
public class RegistryConfiguration {
    @Bean
    public RegistryRepository registryRepository(DataSource dataSource) {
        return new JdbcRegistryRepository(dataSource);
    }

    @Bean
    public RegistryService registryService(RegistryRepository registry, OrganizationRepository organizations, StaffRights rights, AuditLog audit,
                                           Clock clock) {
        return new RegistryService(registry, organizations, rights, audit, clock);
    }
}
