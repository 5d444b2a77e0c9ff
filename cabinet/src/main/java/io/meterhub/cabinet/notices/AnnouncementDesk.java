package io.meterhub.cabinet.notices;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.common.ValidationException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The staff's announcements (module ANNOUNCEMENTS): publish, edit and withdraw, each audited with the change in one
 * transaction; the count of those a draft reaches before it goes out; the email copies, once per user, after the commit.
 */
public final class AnnouncementDesk extends StaffDesk {
    public static final String TITLE_REQUIRED = "notices.title_required";
    public static final String TEXT_REQUIRED = "notices.text_required";
    public static final String PERIOD_INVALID = "notices.period_invalid";
    public static final String AUDIENCE_REQUIRED = "notices.audience_required";
    public static final String SERVICE_INVALID = "notices.service_invalid";
    public static final String WITHDRAWN = "notices.withdrawn";
    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 5000;
    public static final int MAX_DAYS = 366;
    static final String EMAIL_KIND = "ANNOUNCEMENT_EMAIL";

    AnnouncementDesk(Transactions transactions, NoticeRepository notices, NoticeAccess access, Audiences audiences, AuditLog audit,
                     NoticeNotifier notifier, Clock clock) {
        super(transactions, notices, access, audiences, audit, notifier, clock);
    }

    /** The organization's announcements, withdrawn ones too, the newest first. */
    public List<Announcement> list(Viewer viewer) {
        access.requireStaff(viewer);
        return notices.announcementsOf(viewer.organizationId()).stream().map(Announcement::of).toList();
    }

    public Announcement get(Viewer viewer, long id) {
        return Announcement.of(access.announcement(viewer, id));
    }

    /** The services an announcement may be for: those the organization bills. */
    public List<String> services(Viewer viewer) {
        access.requireStaff(viewer);
        return audiences.services(viewer.organizationId());
    }

    /** How many the form would reach, checked as publishing checks it. */
    public AudienceCount preview(Viewer viewer, AnnouncementForm form) {
        access.requireStaff(viewer);
        Announcement draft = checked(viewer, 0, form, clock.instant(), null);
        return audiences.count(audiences.reached(viewer.organizationId(), draft::reaches));
    }

    public Announcement publish(Viewer viewer, AnnouncementForm form) {
        access.requireStaff(viewer);
        Instant now = clock.instant();
        Announcement draft = checked(viewer, 0, form, now, now);
        // the id comes from the insert, so the entry is written by hand in the same transaction
        Announcement[] published = new Announcement[1];
        List<Long> copies = audit.atomically(() -> transactions.inTransaction(tx -> {
            published[0] = withId(draft, notices.createAnnouncement(tx, row(draft, viewer.userId())));
            audit.record(viewer, viewer.organizationId(), "notices.announcement.publish", "announcement", Long.toString(published[0].id()), null,
                    audited(published[0]), null);
            return emailCopies(tx, published[0], now);
        }));
        send(published[0], copies);
        return published[0];
    }

    /** New title, text, period or audience; those it now reaches and had no copy get one, when it is copied by email. */
    public Announcement edit(Viewer viewer, long id, AnnouncementForm form) {
        Instant now = clock.instant();
        Announcement before = get(viewer, id);
        if (before.withdrawn()) {
            throw new ValidationException(WITHDRAWN);
        }
        Announcement after = checked(viewer, id, form, before.createdAt(), now);
        List<Long> copies = audited(viewer, "notices.announcement.edit", "announcement", id, audited(before), audited(after), tx -> {
            notices.updateAnnouncement(tx, row(after, viewer.userId()));
            return emailCopies(tx, after, now);
        });
        send(after, copies);
        return after;
    }

    /** No customer sees it any more; staff still do, marked withdrawn. */
    public void withdraw(Viewer viewer, long id) {
        Announcement before = get(viewer, id);
        if (before.withdrawn()) {
            return;
        }
        Instant now = clock.instant();
        auditedRun(viewer, "notices.announcement.withdraw", "announcement", id, audited(before), null,
                tx -> notices.withdrawAnnouncement(tx, id, now));
    }

    private List<Long> emailCopies(io.meterhub.cabinet.common.Tx tx, Announcement announcement, Instant now) {
        LocalDate today = now.atZone(audiences.zone(announcement.organizationId())).toLocalDate();
        if (!announcement.emailCopy() || announcement.validTo().isBefore(today)) {
            return List.of();
        }
        return audiences.claim(tx, EMAIL_KIND, announcement.id(), audiences.reached(announcement.organizationId(), announcement::reaches), now);
    }

    private void send(Announcement announcement, List<Long> users) {
        String organization = audiences.organizationName(announcement.organizationId());
        users.forEach(user -> notifier.announcementCopy(user, announcement, organization));
    }

    private Announcement checked(Viewer viewer, long id, AnnouncementForm form, Instant createdAt, Instant updatedAt) {
        String title = PlainText.line(form.title());
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new ValidationException(TITLE_REQUIRED, MAX_TITLE);
        }
        String text = PlainText.lines(form.text());
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new ValidationException(TEXT_REQUIRED, MAX_TEXT);
        }
        if (form.validFrom() == null || form.validTo() == null || form.validTo().isBefore(form.validFrom())
                || form.validFrom().plusDays(MAX_DAYS).isBefore(form.validTo())) {
            throw new ValidationException(PERIOD_INVALID, MAX_DAYS);
        }
        if (form.audience() == null) {
            throw new ValidationException(AUDIENCE_REQUIRED);
        }
        AddressRange address = form.audience() == AudienceKind.ADDRESS ? AddressRange.parse(form.addressLine()) : null;
        String service = null;
        if (form.audience() == AudienceKind.SERVICE) {
            service = form.serviceCode();
            if (service == null || !audiences.services(viewer.organizationId()).contains(service)) {
                throw new ValidationException(SERVICE_INVALID);
            }
        }
        return new Announcement(id, viewer.organizationId(), title, text, form.validFrom(), form.validTo(), form.audience(), address, service,
                form.emailCopy(), createdAt, updatedAt, null);
    }

    private static Announcement withId(Announcement a, long id) {
        return new Announcement(id, a.organizationId(), a.title(), a.text(), a.validFrom(), a.validTo(), a.audience(), a.address(),
                a.serviceCode(), a.emailCopy(), a.createdAt(), a.updatedAt(), a.withdrawnAt());
    }

    private static AnnouncementRow row(Announcement a, long authorUserId) {
        AddressRangeRow address = a.address() == null ? null : new AddressRangeRow(a.address().streetText(),
                a.address().from() == null ? null : a.address().from().toString(), a.address().to() == null ? null : a.address().to().toString(),
                a.address().parity().name());
        return new AnnouncementRow(a.id(), a.organizationId(), a.title(), a.text(), a.validFrom(), a.validTo(), a.audience().name(), address,
                a.serviceCode(), a.emailCopy(), authorUserId, a.createdAt(), a.updatedAt(), a.withdrawnAt());
    }

    /** What the audit keeps: the announcement's own words and reach, no one's personal data. */
    private static AuditedAnnouncement audited(Announcement a) {
        return new AuditedAnnouncement(a.title(), a.text(), a.validFrom(), a.validTo(), a.audience(), a.addressLine().orElse(null),
                a.serviceCode(), a.emailCopy());
    }

    private record AuditedAnnouncement(String title, String text, LocalDate validFrom, LocalDate validTo, AudienceKind audience,
                                       String address, String serviceCode, boolean emailCopy) {
    }
}
