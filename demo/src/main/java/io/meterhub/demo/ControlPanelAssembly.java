package io.meterhub.demo;

import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.customers.CustomerDirectory;
import io.meterhub.cabinet.loading.DataLoadService;
import io.meterhub.cabinet.organizations.OrganizationRepository;
import io.meterhub.cabinet.organizations.OrganizationService;
import io.meterhub.cabinet.otp.OneTimeCodes;
import io.meterhub.cabinet.registration.RegistrationService;
import io.meterhub.cabinet.staff.StaffRepository;
import io.meterhub.cabinet.staff.StaffService;
import io.meterhub.cabinet.users.Logins;
import io.meterhub.cabinet.users.UserRepository;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.storage.cabinet.JdbcTransactions;
import io.meterhub.storage.cabinet.accounts.JdbcAccountRepository;
import io.meterhub.storage.cabinet.audit.JdbcAuditRepository;
import io.meterhub.storage.cabinet.connection.JdbcApplicantRepository;
import io.meterhub.storage.cabinet.customers.JdbcCustomerDirectoryRepository;
import io.meterhub.storage.cabinet.ledger.JdbcLedgerRepository;
import io.meterhub.storage.cabinet.loading.JdbcDataLoadRepository;
import io.meterhub.storage.cabinet.loading.JdbcLoadedRecordsRepository;
import io.meterhub.storage.cabinet.organizations.JdbcOrganizationRepository;
import io.meterhub.storage.cabinet.otp.JdbcOneTimeCodeRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import io.meterhub.storage.cabinet.users.JdbcLoginRepository;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The control panel's services for the demo's seeders, wired as the dashboard's configurations wire them:
 * the demo creates what an administrator, an operator and a customer would create, through the same code and
 * into the same audit log. Differences, because nobody waits at a screen: data loads are checked and applied
 * on the calling thread, no password links are sent (the demo's logins have known passwords) and no SMS
 * codes go out.
 */
record ControlPanelAssembly(OrganizationService organizations, StaffService staff, DataLoadService loading, CustomerDirectory customers,
                            RegistrationService registration) {
    static ControlPanelAssembly of(DataSource dataSource, Clock clock) {
        StaffRepository staffRows = new JdbcStaffRepository(dataSource);
        OrganizationRepository organizationRows = new JdbcOrganizationRepository(dataSource);
        StaffRights rights = new StaffRights(staffRows);
        UserRepository userRows = new JdbcUserRepository(dataSource);
        UserService users = new UserService(userRows);
        AuditLog audit = new AuditLog(new JdbcAuditRepository(dataSource), userRows, new JdbcTransactions(dataSource));
        Logins logins = new Logins(new JdbcLoginRepository(dataSource), (userId, link) -> false, clock);
        Transactions transactions = new JdbcTransactions(dataSource);
        return new ControlPanelAssembly(new OrganizationService(organizationRows, rights, audit),
                new StaffService(staffRows, organizationRows, rights, users, audit, logins),
                new DataLoadService(new JdbcDataLoadRepository(dataSource), new JdbcLoadedRecordsRepository(dataSource), rights, audit, Runnable::run,
                        clock),
                new CustomerDirectory(new JdbcCustomerDirectoryRepository(dataSource), new JdbcAccountRepository(dataSource),
                        new JdbcLedgerRepository(dataSource), users, logins, rights, audit),
                new RegistrationService(transactions, users, new JdbcApplicantRepository(dataSource),
                        new OneTimeCodes(transactions, new JdbcOneTimeCodeRepository(), clock), (phone, code) -> { }, clock));
    }
}
