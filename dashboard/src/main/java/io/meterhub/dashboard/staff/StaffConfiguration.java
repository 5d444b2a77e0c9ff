package io.meterhub.dashboard.staff;

import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.audit.AuditTrail;
import io.meterhub.cabinet.notifications.NewNotification;
import io.meterhub.cabinet.notifications.NotificationChannel;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.cabinet.organizations.OrganizationService;
import io.meterhub.cabinet.staff.ResetLinkSender;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.staff.StaffService;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.storage.cabinet.audit.AuditRepository;
import io.meterhub.storage.cabinet.organizations.OrganizationRepository;
import io.meterhub.storage.cabinet.staff.StaffRepository;
import io.meterhub.storage.cabinet.users.UserRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Locale;

/** The control panel's staff, their modules, the audit log and the organizations' properties. */
@Configuration(proxyBeanMethods = false)
public class StaffConfiguration {
    @Bean
    public StaffRepository staffRepository(DataSource dataSource) {
        return new StaffRepository(dataSource);
    }

    @Bean
    public StaffRights staffRights(StaffRepository staff) {
        return new StaffRights(staff);
    }

    @Bean
    public AuditRepository auditRepository(DataSource dataSource) {
        return new AuditRepository(dataSource);
    }

    @Bean
    public AuditLog auditLog(AuditRepository entries, UserRepository users) {
        return new AuditLog(entries, users);
    }

    @Bean
    public AuditTrail auditTrail(AuditRepository entries, OrganizationRepository organizations, StaffRights rights) {
        return new AuditTrail(entries, organizations, rights);
    }

    @Bean
    public OrganizationRepository organizationRepository(DataSource dataSource) {
        return new OrganizationRepository(dataSource);
    }

    @Bean
    public OrganizationService organizationService(OrganizationRepository organizations, StaffRights rights, AuditLog audit) {
        return new OrganizationService(organizations, rights, audit);
    }

    /** The password link goes by email only, and stays out of the inbox (the inbox would keep a usable link). */
    @Bean
    public ResetLinkSender resetLinkSender(NotificationService notifications, ObjectProvider<NotificationChannel> channels) {
        return (userId, link) -> channels.orderedStream().filter(c -> "email".equals(c.name())).findFirst()
                .map(email -> notifications.sendPrivately(new NewNotification(userId, "PASSWORD_RESET",
                        io.meterhub.cabinet.common.Messages.format("control-panel-messages", "staff.reset.subject", Locale.forLanguageTag("ru")),
                        io.meterhub.cabinet.common.Messages.format("control-panel-messages", "staff.reset.body", Locale.forLanguageTag("ru")),
                        link), email))
                .orElse(false);
    }

    @Bean
    public StaffService staffService(StaffRepository staff, OrganizationRepository organizations, StaffRights rights, UserService users,
                                     AuditLog audit, ResetLinkSender links, Clock clock) {
        return new StaffService(staff, organizations, rights, users, audit, links, clock);
    }
}
