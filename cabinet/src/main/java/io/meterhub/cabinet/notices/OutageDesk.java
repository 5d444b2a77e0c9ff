package io.meterhub.cabinet.notices;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.common.ValidationException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The staff's planned outages (module ANNOUNCEMENTS): publish, edit and withdraw, audited; the count of those a draft
 * touches; the customers it touches hear of it once each (inbox, email, SMS) after the commit, also when an edit widens it
 * to them; nobody hears of one already over.
 */
public final class OutageDesk extends StaffDesk {
    public static final String REASON_REQUIRED = "notices.reason_required";
    public static final String TIMES_INVALID = "notices.times_invalid";
    public static final String ADDRESSES_REQUIRED = "notices.addresses_required";
    public static final int MAX_REASON = 1000;
    public static final int MAX_LINES = 100;
    static final String NOTICE_KIND = "OUTAGE";

    OutageDesk(Transactions transactions, NoticeRepository notices, NoticeAccess access, Audiences audiences, AuditLog audit,
               NoticeNotifier notifier, Clock clock) {
        super(transactions, notices, access, audiences, audit, notifier, clock);
    }

    public List<PlannedOutage> list(Viewer viewer) {
        access.requireStaff(viewer);
        ZoneId zone = audiences.zone(viewer.organizationId());
        return notices.outagesOf(viewer.organizationId()).stream().map(r -> PlannedOutage.of(r, zone)).toList();
    }

    public PlannedOutage get(Viewer viewer, long id) {
        OutageRow row = access.outage(viewer, id);
        return PlannedOutage.of(row, audiences.zone(row.organizationId()));
    }

    public List<String> services(Viewer viewer) {
        access.requireStaff(viewer);
        return audiences.services(viewer.organizationId());
    }

    /** The organization's zone: the form's times are read in it. */
    public ZoneId zone(Viewer viewer) {
        access.requireStaff(viewer);
        return audiences.zone(viewer.organizationId());
    }

    public AudienceCount preview(Viewer viewer, OutageForm form) {
        access.requireStaff(viewer);
        PlannedOutage draft = checked(viewer, 0, form, clock.instant());
        return audiences.count(audiences.reached(viewer.organizationId(), draft::touches));
    }

    public PlannedOutage publish(Viewer viewer, OutageForm form) {
        access.requireStaff(viewer);
        Instant now = clock.instant();
        PlannedOutage draft = checked(viewer, 0, form, now);
        // the id comes from the insert, so the entry is written by hand in the same transaction
        PlannedOutage[] published = new PlannedOutage[1];
        List<Long> told = audit.atomically(() -> transactions.inTransaction(tx -> {
            published[0] = withId(draft, notices.createOutage(tx, row(draft, viewer.userId(), now)));
            audit.record(viewer, viewer.organizationId(), "notices.outage.publish", "planned_outage", Long.toString(published[0].id()), null,
                    audited(published[0]), null);
            return notices(tx, published[0], now);
        }));
        tell(published[0], told);
        return published[0];
    }

    public PlannedOutage edit(Viewer viewer, long id, OutageForm form) {
        PlannedOutage before = get(viewer, id);
        if (before.withdrawn()) {
            throw new ValidationException(AnnouncementDesk.WITHDRAWN);
        }
        Instant now = clock.instant();
        PlannedOutage after = checked(viewer, id, form, before.createdAt());
        List<Long> told = audited(viewer, "notices.outage.edit", "planned_outage", id, audited(before), audited(after), tx -> {
            notices.updateOutage(tx, row(after, viewer.userId(), now));
            return notices(tx, after, now);
        });
        tell(after, told);
        return after;
    }

    public void withdraw(Viewer viewer, long id) {
        PlannedOutage before = get(viewer, id);
        if (before.withdrawn()) {
            return;
        }
        Instant now = clock.instant();
        auditedRun(viewer, "notices.outage.withdraw", "planned_outage", id, audited(before), null,
                tx -> notices.withdrawOutage(tx, id, now));
    }

    private List<Long> notices(Tx tx, PlannedOutage outage, Instant now) {
        if (outage.phase(now) == OutagePhase.PAST) {
            return List.of();
        }
        return audiences.claim(tx, NOTICE_KIND, outage.id(), audiences.reached(outage.organizationId(), outage::touches), now);
    }

    private void tell(PlannedOutage outage, List<Long> users) {
        String organization = audiences.organizationName(outage.organizationId());
        users.forEach(user -> notifier.outagePublished(user, outage, organization));
    }

    private PlannedOutage checked(Viewer viewer, long id, OutageForm form, Instant createdAt) {
        if (form.serviceCode() == null || !audiences.services(viewer.organizationId()).contains(form.serviceCode())) {
            throw new ValidationException(AnnouncementDesk.SERVICE_INVALID);
        }
        String reason = PlainText.lines(form.reason());
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw new ValidationException(REASON_REQUIRED, MAX_REASON);
        }
        ZoneId zone = audiences.zone(viewer.organizationId());
        if (form.startsAt() == null || form.endsAt() == null || !form.endsAt().isAfter(form.startsAt())) {
            throw new ValidationException(TIMES_INVALID);
        }
        List<AddressRange> ranges = new ArrayList<>();
        for (String line : (form.addresses() == null ? "" : form.addresses()).split("\\R")) {
            String clean = PlainText.line(line);
            if (!clean.isEmpty()) {
                ranges.add(AddressRange.parse(clean));
            }
        }
        if (ranges.isEmpty() || ranges.size() > MAX_LINES) {
            throw new ValidationException(ADDRESSES_REQUIRED, MAX_LINES);
        }
        return new PlannedOutage(id, viewer.organizationId(), form.serviceCode(), reason, instant(form.startsAt(), zone),
                instant(form.endsAt(), zone), zone, ranges, createdAt, null);
    }

    private static Instant instant(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toInstant();
    }

    private static PlannedOutage withId(PlannedOutage o, long id) {
        return new PlannedOutage(id, o.organizationId(), o.serviceCode(), o.reason(), o.startsAt(), o.endsAt(), o.zone(), o.addresses(),
                o.createdAt(), o.withdrawnAt());
    }

    private static OutageRow row(PlannedOutage o, long authorUserId, Instant now) {
        List<AddressRangeRow> addresses = o.addresses().stream().map(a -> new AddressRangeRow(a.streetText(),
                a.from() == null ? null : a.from().toString(), a.to() == null ? null : a.to().toString(), a.parity().name())).toList();
        return new OutageRow(o.id(), o.organizationId(), o.serviceCode(), o.reason(), o.startsAt(), o.endsAt(), addresses, authorUserId,
                o.createdAt(), now, null);
    }

    private static AuditedOutage audited(PlannedOutage o) {
        return new AuditedOutage(o.serviceCode(), o.reason(), o.localStart(), o.localEnd(), o.addressLines());
    }

    private record AuditedOutage(String serviceCode, String reason, LocalDateTime startsAt, LocalDateTime endsAt, List<String> addresses) {
    }
}
