package io.meterhub.dashboard.calculator;

import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.powercalculator.PowerCalculator;
import io.meterhub.storage.cabinet.powercalculator.JdbcPowerFactorRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** The power calculator's beans. */
@Configuration(proxyBeanMethods = false)
public class PowerCalculatorConfiguration {
    @Bean
    public PowerCalculator powerCalculator(DataSource dataSource, StaffRights rights, AuditLog audit) {
        return new PowerCalculator(new JdbcPowerFactorRepository(dataSource), rights, audit);
    }
}
