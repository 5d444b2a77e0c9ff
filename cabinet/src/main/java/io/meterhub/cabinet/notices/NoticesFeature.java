package io.meterhub.cabinet.notices;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.Transactions;

import java.time.Clock;

/** The announcements' and outages' services as the pages take them: the staff's two desks and the customer's board. */
public record NoticesFeature(AnnouncementDesk announcements, OutageDesk outages, NoticeBoard board) {
    /** The feature over its repository, wired the one way the dashboard and the tests wire it. */
    public static NoticesFeature of(Transactions transactions, NoticeRepository notices, AccessPolicy access, AccountRepository accounts,
                                    StaffRights rights, AuditLog audit, NoticeNotifier notifier, Clock clock) {
        NoticeAccess staff = new NoticeAccess(notices, rights);
        Audiences audiences = new Audiences(notices, accounts);
        return new NoticesFeature(new AnnouncementDesk(transactions, notices, staff, audiences, audit, notifier, clock),
                new OutageDesk(transactions, notices, staff, audiences, audit, notifier, clock),
                new NoticeBoard(notices, access, accounts, clock));
    }
}
