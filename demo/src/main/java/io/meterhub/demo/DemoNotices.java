package io.meterhub.demo;

import io.meterhub.storage.cabinet.accountaccess.JdbcAccountAccessRepository;
import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.notices.AnnouncementForm;
import io.meterhub.cabinet.notices.AudienceKind;
import io.meterhub.cabinet.notices.NoticesFeature;
import io.meterhub.cabinet.notices.NotificationsForNotices;
import io.meterhub.cabinet.notices.OutageForm;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.storage.cabinet.JdbcTransactions;
import io.meterhub.storage.cabinet.accounts.JdbcAccountRepository;
import io.meterhub.storage.cabinet.audit.JdbcAuditRepository;
import io.meterhub.storage.cabinet.notices.JdbcNoticeRepository;
import io.meterhub.storage.cabinet.notifications.JdbcNotificationRepository;
import io.meterhub.storage.cabinet.readings.JdbcManualReadingRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The grid company's administrator publishes, as in the cabinet, one announcement for all its customers and an outage in three
 * days on the odd side of ivanov's street (Молодогвардейская 141–161): ivanov finds its notice in the inbox and both on the
 * overview. Notices go to the inbox only: the demo sends no email or SMS while it seeds.
 */
final class DemoNotices {
    private DemoNotices() {
    }

    static void seed(DataSource dataSource, Clock clock, Viewer gridAdmin) {
        AccountRepository accounts = new JdbcAccountRepository(dataSource);
        AccessPolicy access = new AccessPolicy(accounts, new JdbcManualReadingRepository(dataSource), new JdbcAccountAccessRepository(dataSource), clock);
        NotificationService inbox = new NotificationService(new JdbcNotificationRepository(dataSource), access, accounts, List.of(),
                "http://localhost/", clock);
        UserService users = new UserService(new JdbcUserRepository(dataSource));
        NotificationsForNotices notifier = new NotificationsForNotices(inbox::send, copy -> { },
                userId -> users.find(userId).map(u -> Locale.forLanguageTag(u.locale() == null ? "ru" : u.locale())).orElse(Locale.forLanguageTag("ru")),
                accounts::service);
        NoticesFeature notices = NoticesFeature.of(new JdbcTransactions(dataSource), new JdbcNoticeRepository(dataSource), access, accounts,
                new StaffRights(new JdbcStaffRepository(dataSource)),
                new AuditLog(new JdbcAuditRepository(dataSource), new JdbcUserRepository(dataSource), new JdbcTransactions(dataSource)),
                notifier, clock);
        ZoneId zone = accounts.organization(gridAdmin.organizationId()).map(OrganizationRow::timeZone).orElse(ZoneId.of("Europe/Samara"));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        notices.announcements().publish(gridAdmin, new AnnouncementForm("Показания — через личный кабинет",
                "Передавайте показания с 15 по 25 число в разделе «Показания».\nВ праздничные дни офис не работает, личный кабинет — круглосуточно.",
                today.minusDays(1), today.plusDays(30), AudienceKind.ALL, null, null, false));
        notices.outages().publish(gridAdmin, new OutageForm("ELECTRICITY", "Замена кабельной линии 0,4 кВ",
                today.plusDays(3).atTime(9, 0), today.plusDays(3).atTime(17, 0), "ул. Молодогвардейская, 141-161, нечётные"));
    }
}
