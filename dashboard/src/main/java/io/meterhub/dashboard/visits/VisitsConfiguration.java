package io.meterhub.dashboard.visits;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.calendar.ProductionCalendar;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.cabinet.visits.NotificationsForVisits;
import io.meterhub.cabinet.visits.OfficeAdmin;
import io.meterhub.cabinet.visits.OfficeDays;
import io.meterhub.cabinet.visits.OfficeRepository;
import io.meterhub.cabinet.visits.VisitAccess;
import io.meterhub.cabinet.visits.VisitBooking;
import io.meterhub.cabinet.visits.VisitDesk;
import io.meterhub.cabinet.visits.VisitReminders;
import io.meterhub.cabinet.visits.VisitRepository;
import io.meterhub.cabinet.visits.VisitSlots;
import io.meterhub.cabinet.visits.VisitsFeature;
import io.meterhub.dashboard.EnvironmentVariables;
import io.meterhub.dashboard.services.ConnectionNotificationSinks;
import io.meterhub.dashboard.services.OneTimeCodeDelivery;
import io.meterhub.storage.cabinet.visits.JdbcOfficeRepository;
import io.meterhub.storage.cabinet.visits.JdbcVisitRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.time.Clock;

/** The appointments' beans; the reminders go where the appeals' notices go (the inbox, then email and SMS), in the customer's language. */
@Configuration(proxyBeanMethods = false)
public class VisitsConfiguration {
    @Bean
    public VisitRepository visitRepository(DataSource dataSource) {
        return new JdbcVisitRepository(dataSource);
    }

    @Bean
    public OfficeRepository officeRepository(DataSource dataSource) {
        return new JdbcOfficeRepository(dataSource);
    }

    @Bean
    public VisitAccess visitAccess(VisitRepository visits, OfficeRepository offices, StaffRights rights) {
        return new VisitAccess(visits, offices, rights);
    }

    @Bean
    public VisitSlots visitSlots(ProductionCalendar calendar, VisitRepository visits, Clock clock) {
        return new VisitSlots(new OfficeDays(calendar), visits, clock);
    }

    @Bean
    public VisitReminders visitReminders(VisitRepository visits, UserService users, ConnectionNotificationSinks sinks) {
        return new VisitReminders(visits, new NotificationsForVisits(notification -> sinks.notifications().accept(notification),
                userId -> OneTimeCodeDelivery.localeOf(users, userId)));
    }

    @Bean(destroyMethod = "close")
    public VisitRemindersSchedule visitRemindersSchedule(VisitReminders reminders, Clock clock, Environment environment) {
        return VisitRemindersSchedule.start(reminders, clock, EnvironmentVariables.read(environment, VisitRemindersSchedule.ENABLED_VARIABLE,
                VisitRemindersSchedule.EVERY_VARIABLE));
    }

    @Bean
    public VisitsFeature visitsFeature(Transactions transactions, VisitRepository visits, OfficeRepository offices, AccountRepository accounts,
                                       AccessPolicy access, VisitAccess visitAccess, VisitSlots slots, AuditLog audit, Clock clock,
                                       VisitReminders reminders) {
        return new VisitsFeature(new OfficeAdmin(transactions, offices, accounts, visitAccess, audit, clock),
                new VisitBooking(transactions, visits, offices, access, visitAccess, slots, clock),
                new VisitDesk(transactions, visits, offices, visitAccess, slots, audit, clock), reminders);
    }
}
