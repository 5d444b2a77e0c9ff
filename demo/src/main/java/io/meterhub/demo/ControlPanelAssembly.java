package io.meterhub.demo;

import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.organizations.OrganizationService;
import io.meterhub.cabinet.staff.StaffService;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.storage.cabinet.audit.AuditRepository;
import io.meterhub.storage.cabinet.organizations.OrganizationRepository;
import io.meterhub.storage.cabinet.staff.StaffRepository;
import io.meterhub.storage.cabinet.users.UserRepository;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The control panel's services for the demo's seeders, wired as the dashboard's {@code StaffConfiguration} wires
 * them: the demo creates what an administrator would create, through the same code and into the same audit log.
 * No password links are sent (the demo's logins have known passwords).
 */
record ControlPanelAssembly(OrganizationService organizations, StaffService staff) {
    static ControlPanelAssembly of(DataSource dataSource, Clock clock) {
        StaffRepository staffRows = new StaffRepository(dataSource);
        OrganizationRepository organizationRows = new OrganizationRepository(dataSource);
        StaffRights rights = new StaffRights(staffRows);
        UserRepository userRows = new UserRepository(dataSource);
        AuditLog audit = new AuditLog(new AuditRepository(dataSource), userRows);
        return new ControlPanelAssembly(new OrganizationService(organizationRows, rights, audit),
                new StaffService(staffRows, organizationRows, rights, new UserService(userRows), audit, (userId, link) -> false, clock));
    }
}
