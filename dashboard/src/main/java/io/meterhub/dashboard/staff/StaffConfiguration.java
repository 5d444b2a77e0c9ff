package io.meterhub.dashboard.staff;

import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.audit.AuditRepository;
import io.meterhub.cabinet.audit.AuditTrail;
import io.meterhub.cabinet.organizations.OrganizationRepository;
import io.meterhub.cabinet.organizations.OrganizationService;
import io.meterhub.cabinet.staff.StaffRepository;
import io.meterhub.cabinet.staff.StaffService;
import io.meterhub.cabinet.users.Logins;
import io.meterhub.cabinet.users.UserRepository;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.storage.cabinet.audit.JdbcAuditRepository;
import io.meterhub.storage.cabinet.organizations.JdbcOrganizationRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** The control panel's staff, their modules, the audit log and the organizations' properties. */
@Configuration(proxyBeanMethods = false)
public class StaffConfiguration {
    @Bean
    public StaffRepository staffRepository(DataSource dataSource) {
        return new JdbcStaffRepository(dataSource);
    }

    @Bean
    public StaffRights staffRights(StaffRepository staff) {
        return new StaffRights(staff);
    }

    @Bean
    public AuditRepository auditRepository(DataSource dataSource) {
        return new JdbcAuditRepository(dataSource);
    }

    @Bean
    public AuditLog auditLog(AuditRepository entries, UserRepository users, Transactions transactions) {
        return new AuditLog(entries, users, transactions);
    }

    @Bean
    public AuditTrail auditTrail(AuditRepository entries, OrganizationRepository organizations, StaffRights rights) {
        return new AuditTrail(entries, organizations, rights);
    }

    @Bean
    public OrganizationRepository organizationRepository(DataSource dataSource) {
        return new JdbcOrganizationRepository(dataSource);
    }

    @Bean
    public OrganizationService organizationService(OrganizationRepository organizations, StaffRights rights, AuditLog audit) {
        return new OrganizationService(organizations, rights, audit);
    }

    @Bean
    public StaffService staffService(StaffRepository staff, OrganizationRepository organizations, StaffRights rights, UserService users,
                                     AuditLog audit, Logins logins) {
        return new StaffService(staff, organizations, rights, users, audit, logins);
    }
}
