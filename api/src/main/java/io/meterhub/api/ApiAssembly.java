package io.meterhub.api;

import io.meterhub.cabinet.apikeys.ApiKeyAdministration;
import io.meterhub.cabinet.apikeys.ApiKeys;
import io.meterhub.api.telemetry.CsvTelemetryIngest;
import io.meterhub.cabinet.customers.CustomerRegistry;
import io.meterhub.storage.cabinet.customers.JdbcCustomerRegistryRepository;
import io.meterhub.storage.cabinet.loading.JdbcLoadedRecordsRepository;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.aiis.AiisRepository;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.exchange.ExchangeExports;
import io.meterhub.cabinet.loading.LoadIntegration;
import io.meterhub.cabinet.organizations.OrganizationRepository;
import io.meterhub.cabinet.registry.RegistryIntegration;
import io.meterhub.cabinet.registry.RegistryRepository;
import io.meterhub.cabinet.registry.RegistryService;
import io.meterhub.storage.cabinet.apikeys.JdbcApiKeyRepository;
import io.meterhub.storage.cabinet.JdbcTransactions;
import io.meterhub.storage.cabinet.aiis.JdbcAiisRepository;
import io.meterhub.storage.cabinet.audit.JdbcAuditRepository;
import io.meterhub.storage.cabinet.exchange.JdbcExchangeRepository;
import io.meterhub.storage.cabinet.loading.JdbcLoadedRecordsRepository;
import io.meterhub.storage.cabinet.organizations.JdbcOrganizationRepository;
import io.meterhub.storage.cabinet.registry.JdbcRegistryRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;
import io.meterhub.storage.cabinet.webhooks.WebhookStore;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

/** The API's composition root over one database: the repositories and services its operations use. */
public final class ApiAssembly {
    private final DataSource dataSource;
    private final Clock clock;

    public ApiAssembly(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public ApiKeys apiKeys() {
        OrganizationRepository organizations = new JdbcOrganizationRepository(dataSource);
        return new ApiKeys(new JdbcApiKeyRepository(dataSource), id -> organizations.profile(id).isPresent(), clock);
    }

    /** The keys as the command line makes and revokes them: audited, as the control panel's are. */
    public ApiKeyAdministration apiKeyAdministration() {
        return new ApiKeyAdministration(apiKeys(), new StaffRights(new JdbcStaffRepository(dataSource)), auditLog());
    }

    public RegistryRepository registryRepository() {
        return new JdbcRegistryRepository(dataSource);
    }

    public RegistryIntegration registry() {
        RegistryRepository registry = registryRepository();
        AuditLog audit = auditLog();
        RegistryService rules = new RegistryService(registry, new JdbcOrganizationRepository(dataSource),
                new StaffRights(new JdbcStaffRepository(dataSource)), audit, clock);
        return new RegistryIntegration(rules, registry, audit);
    }

    /** Accounts and customers for integrations, written by the data loading's rules. */
    public CustomerRegistry customerRegistry() {
        return new CustomerRegistry(new JdbcCustomerRegistryRepository(dataSource), loads());
    }

    /** Where a registered meter's readings go (its controller), with its organization's time zone. */
    public Function<String, Optional<CsvTelemetryIngest.MeterPlace>> meterPlaces() {
        RegistryRepository registry = registryRepository();
        OrganizationRepository organizations = new JdbcOrganizationRepository(dataSource);
        return id -> registry.meter(id).map(m -> new CsvTelemetryIngest.MeterPlace(m.organizationId(), m.controllerId(),
                organizations.profile(m.organizationId()).map(o -> ZoneId.of(o.timeZone())).orElse(ZoneId.of("Europe/Moscow"))));
    }

    public AiisRepository aiis() {
        return new JdbcAiisRepository(dataSource);
    }

    public OrganizationRepository organizations() {
        return new JdbcOrganizationRepository(dataSource);
    }

    public Clock clock() {
        return clock;
    }

    public WebhookStore webhooks() {
        return new WebhookStore(dataSource);
    }

    /** The control panel's data loading, for the billing exchange's imports. */
    public LoadIntegration loads() {
        return new LoadIntegration(new JdbcLoadedRecordsRepository(dataSource), auditLog(), clock);
    }

    public ExchangeExports exports() {
        return new ExchangeExports(new JdbcExchangeRepository(dataSource), new JdbcOrganizationRepository(dataSource));
    }

    private AuditLog auditLog() {
        return new AuditLog(new JdbcAuditRepository(dataSource), new JdbcUserRepository(dataSource), new JdbcTransactions(dataSource));
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
