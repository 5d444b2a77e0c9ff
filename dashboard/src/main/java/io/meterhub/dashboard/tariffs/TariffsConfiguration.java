package io.meterhub.dashboard.tariffs;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.tariffs.TariffAdministration;
import io.meterhub.cabinet.tariffs.TariffRepository;
import io.meterhub.cabinet.tariffs.TariffService;
import io.meterhub.storage.cabinet.tariffs.JdbcTariffRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;

/** The organization's price list and its administration in the control panel. */
@Configuration(proxyBeanMethods = false)
public class TariffsConfiguration {
    @Bean
    public TariffRepository tariffRepository(DataSource dataSource) {
        return new JdbcTariffRepository(dataSource);
    }

    @Bean
    public TariffService tariffService(TariffRepository tariffs, AccessPolicy access) {
        return new TariffService(tariffs, access);
    }

    @Bean
    public TariffAdministration tariffAdministration(TariffService tariffs, AccountRepository organizations, StaffRights rights, AuditLog audit,
                                                     Clock clock) {
        return new TariffAdministration(tariffs, organizations, rights, audit, clock);
    }
}
