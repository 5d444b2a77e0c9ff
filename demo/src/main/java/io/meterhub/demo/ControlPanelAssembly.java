package io.meterhub.demo;

import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.audit.AuditLog;
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
import io.meterhub.storage.cabinet.users.JdbcLoginRepository;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The control panel's services for the demo's seeders, wired as the dashboard's {@code StaffConfiguration} wires
 * them: the demo creates what an administrator would create, through the same code and into the same audit log.
 * No password links are sent (the demo's logins have known passwords).
 */
record ControlPanelAssembly(OrganizationService organizations, StaffService staff) {
    static ControlPanelAssembly of(DataSource dataSource, Clock clock) {
        StaffRepository staffRows = new JdbcStaffRepository(dataSource);
        OrganizationRepository organizationRows = new JdbcOrganizationRepository(dataSource);
        StaffRights rights = new StaffRights(staffRows);
        UserRepository userRows = new JdbcUserRepository(dataSource);
        AuditLog audit = new AuditLog(new JdbcAuditRepository(dataSource), userRows);
        return new ControlPanelAssembly(new OrganizationService(organizationRows, rights, audit),
                new StaffService(staffRows, organizationRows, rights, new UserService(userRows), audit,
                        new Logins(new JdbcLoginRepository(dataSource), (userId, link) -> false, clock)));
    }
}
