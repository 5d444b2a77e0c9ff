package io.meterhub.dashboard.coverage;

import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.coverage.CoverageMap;
import io.meterhub.storage.cabinet.coverage.JdbcCoverageRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;

/** The coverage map's beans. */
@Configuration(proxyBeanMethods = false)
public class CoverageConfiguration {
    @Bean
    public CoverageMap coverageMap(DataSource dataSource, StaffRights rights, AuditLog audit, Clock clock) {
        return new CoverageMap(new JdbcCoverageRepository(dataSource), rights, audit, clock);
    }
}
