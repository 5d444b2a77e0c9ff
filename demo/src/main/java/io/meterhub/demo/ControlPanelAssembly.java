package io.meterhub.demo;

import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.customers.CustomerDirectory;
import io.meterhub.cabinet.loading.DataLoadService;
import io.meterhub.cabinet.organizations.OrganizationService;
import io.meterhub.cabinet.otp.OneTimeCodes;
import io.meterhub.cabinet.registration.RegistrationService;
import io.meterhub.cabinet.staff.StaffService;
import io.meterhub.cabinet.users.Logins;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.storage.cabinet.Transactions;
import io.meterhub.storage.cabinet.accounts.AccountRepository;
import io.meterhub.storage.cabinet.audit.AuditRepository;
import io.meterhub.storage.cabinet.connection.ApplicantRepository;
import io.meterhub.storage.cabinet.customers.CustomerDirectoryRepository;
import io.meterhub.storage.cabinet.ledger.LedgerRepository;
import io.meterhub.storage.cabinet.loading.DataLoadRepository;
import io.meterhub.storage.cabinet.loading.LoadedRecordsRepository;
import io.meterhub.storage.cabinet.organizations.OrganizationRepository;
import io.meterhub.storage.cabinet.otp.OneTimeCodeRepository;
import io.meterhub.storage.cabinet.staff.StaffRepository;
import io.meterhub.storage.cabinet.users.LoginRepository;
import io.meterhub.storage.cabinet.users.UserRepository;

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
        StaffRepository staffRows = new StaffRepository(dataSource);
        OrganizationRepository organizationRows = new OrganizationRepository(dataSource);
        StaffRights rights = new StaffRights(staffRows);
        UserRepository userRows = new UserRepository(dataSource);
        UserService users = new UserService(userRows);
        AuditLog audit = new AuditLog(new AuditRepository(dataSource), userRows);
        Logins logins = new Logins(new LoginRepository(dataSource), (userId, link) -> false, clock);
        Transactions transactions = new Transactions(dataSource);
        return new ControlPanelAssembly(new OrganizationService(organizationRows, rights, audit),
                new StaffService(staffRows, organizationRows, rights, users, audit, logins),
                new DataLoadService(new DataLoadRepository(dataSource), new LoadedRecordsRepository(dataSource), rights, audit, Runnable::run,
                        clock),
                new CustomerDirectory(new CustomerDirectoryRepository(dataSource), new AccountRepository(dataSource),
                        new LedgerRepository(dataSource), users, logins, rights, audit),
                new RegistrationService(transactions, users, new ApplicantRepository(dataSource),
                        new OneTimeCodes(transactions, new OneTimeCodeRepository(), clock), (phone, code) -> { }, clock));
    }
}
