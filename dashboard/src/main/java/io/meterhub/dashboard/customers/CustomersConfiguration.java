package io.meterhub.dashboard.customers;

import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.audit.AuditRepository;
import io.meterhub.cabinet.customers.CustomerDirectory;
import io.meterhub.cabinet.customers.CustomerDirectoryRepository;
import io.meterhub.cabinet.customers.ManualEditRepository;
import io.meterhub.cabinet.customers.ManualEditing;
import io.meterhub.cabinet.customers.PersonalDataOpenings;
import io.meterhub.cabinet.customers.WriteOffApprovals;
import io.meterhub.cabinet.customers.WriteOffRequestRepository;
import io.meterhub.cabinet.customers.WriteOffRule;
import io.meterhub.dashboard.EnvironmentVariables;
import io.meterhub.cabinet.ledger.LedgerRepository;
import io.meterhub.cabinet.organizations.OrganizationRepository;
import io.meterhub.cabinet.readings.ManualReadingRepository;
import io.meterhub.cabinet.users.Logins;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.storage.cabinet.customers.JdbcCustomerDirectoryRepository;
import io.meterhub.storage.cabinet.customers.JdbcManualEditRepository;
import io.meterhub.storage.cabinet.customers.JdbcWriteOffRequestRepository;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * Customers and accounts in the control panel: the directory (module USERS) and manual editing (module MANUAL_EDITING),
 * with large write-offs approved by a second person ({@code MH_WRITE_OFF_SECOND_PERSON_FROM}).
 */
@Configuration(proxyBeanMethods = false)
public class CustomersConfiguration {
    @Bean
    public CustomerDirectoryRepository customerDirectoryRepository(DataSource dataSource) {
        return new JdbcCustomerDirectoryRepository(dataSource);
    }

    @Bean
    public ManualEditRepository manualEditRepository(DataSource dataSource) {
        return new JdbcManualEditRepository(dataSource);
    }

    @Bean
    public CustomerDirectory customerDirectory(CustomerDirectoryRepository directory, AccountRepository accounts, LedgerRepository ledger,
                                               UserService users, Logins logins, StaffRights rights, AuditLog audit) {
        return new CustomerDirectory(directory, accounts, ledger, users, logins, rights, audit);
    }

    /** Staff open a customer's masked data with a reason (audited); the customer sees who did. */
    @Bean
    public PersonalDataOpenings personalDataOpenings(CustomerDirectoryRepository directory, AccountRepository accounts, StaffRights rights,
                                                     AuditLog audit, AuditRepository entries) {
        return new PersonalDataOpenings(directory, accounts, rights, audit, entries);
    }

    @Bean
    public WriteOffRule writeOffRule(Environment environment) {
        return WriteOffRule.fromEnvironment(EnvironmentVariables.read(environment, WriteOffRule.VARIABLE));
    }

    @Bean
    public WriteOffRequestRepository writeOffRequestRepository(DataSource dataSource) {
        return new JdbcWriteOffRequestRepository(dataSource);
    }

    @Bean
    public ManualEditing manualEditing(CustomerDirectoryRepository directory, ManualEditRepository edits, AccountRepository accounts,
                                       ManualReadingRepository readings, LedgerRepository ledger, StaffRights rights, AuditLog audit, Clock clock,
                                       WriteOffRequestRepository writeOffs, WriteOffRule rule) {
        return new ManualEditing(directory, edits, accounts, readings, ledger, rights, audit, clock, writeOffs, rule);
    }

    @Bean
    public WriteOffApprovals writeOffApprovals(WriteOffRequestRepository writeOffs, LedgerRepository ledger, StaffRights rights, AuditLog audit,
                                               Clock clock, WriteOffRule rule, OrganizationRepository organizations) {
        return new WriteOffApprovals(writeOffs, ledger, rights, audit, clock, rule, organizations);
    }
}
