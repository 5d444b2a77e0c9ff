package io.meterhub.cabinet.notices;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.AccountRow;
import io.meterhub.cabinet.accounts.ServiceRow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The customer's side: only organizations they hold an account with, and of those only what is addressed to one of their
 * accounts there; reading an announcement marks it read for them alone.
 */
public final class NoticeBoard {
    /** How long an ended announcement or a past outage stays on the customer's page. */
    public static final java.time.Period RECENT = java.time.Period.ofMonths(1);

    private final NoticeRepository notices;
    private final AccessPolicy access;
    private final AccountRepository accounts;
    private final Clock clock;

    public NoticeBoard(NoticeRepository notices, AccessPolicy access, AccountRepository accounts, Clock clock) {
        this.notices = notices;
        this.access = access;
        this.accounts = accounts;
        this.clock = clock;
    }

    public Board board(Viewer viewer) {
        requireCustomer(viewer);
        Map<String, List<AudienceAccountRow>> mine = new LinkedHashMap<>();
        Map<Long, String> numbers = new LinkedHashMap<>();
        for (AccountRow account : access.accounts(viewer)) {
            numbers.put(account.id(), account.number());
            List<String> services = accounts.servicesOfAccount(account.id()).stream().map(ServiceRow::code).toList();
            mine.computeIfAbsent(account.organizationId(), o -> new ArrayList<>())
                    .add(new AudienceAccountRow(account.id(), viewer.userId(), account.address(), services));
        }
        if (mine.isEmpty()) {
            return new Board(List.of(), List.of());
        }
        Instant now = clock.instant();
        Map<String, ZoneId> zones = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (String organization : mine.keySet()) {
            accounts.organization(organization).ifPresent(o -> {
                zones.put(organization, o.timeZone());
                names.put(organization, o.name());
            });
        }
        return new Board(announcements(viewer, mine, zones, names, now), outages(mine, numbers, zones, names, now));
    }

    /** Marks the announcement read for the viewer; one not addressed to them reads as not found. */
    public void read(Viewer viewer, long announcementId) {
        boolean visible = board(viewer).announcements().stream().anyMatch(a -> a.announcement().id() == announcementId);
        if (!visible) {
            throw new AccessDeniedException(NoticeAccess.NO_SUCH_ANNOUNCEMENT);
        }
        notices.markRead(viewer.userId(), announcementId, clock.instant());
    }

    private List<BoardAnnouncement> announcements(Viewer viewer, Map<String, List<AudienceAccountRow>> mine, Map<String, ZoneId> zones,
                                                  Map<String, String> names, Instant now) {
        LocalDate earliest = now.atZone(java.time.ZoneOffset.UTC).toLocalDate().minus(RECENT).minusDays(1);
        List<Announcement> reaching = new ArrayList<>();
        for (AnnouncementRow row : notices.announcementsInForce(mine.keySet(), earliest)) {
            Announcement a = Announcement.of(row);
            LocalDate today = now.atZone(zones.getOrDefault(a.organizationId(), java.time.ZoneOffset.UTC)).toLocalDate();
            boolean started = !a.validFrom().isAfter(today);
            boolean recent = !a.validTo().isBefore(today.minus(RECENT));
            if (started && recent && mine.get(a.organizationId()).stream().anyMatch(a::reaches)) {
                reaching.add(a);
            }
        }
        Set<Long> read = notices.read(viewer.userId(), reaching.stream().map(Announcement::id).toList());
        List<BoardAnnouncement> shown = new ArrayList<>();
        for (Announcement a : reaching) {
            LocalDate today = now.atZone(zones.getOrDefault(a.organizationId(), java.time.ZoneOffset.UTC)).toLocalDate();
            shown.add(new BoardAnnouncement(a, names.getOrDefault(a.organizationId(), a.organizationId()), read.contains(a.id()), a.inForceOn(today)));
        }
        shown.sort(Comparator.comparing(BoardAnnouncement::current).reversed()
                .thenComparing(b -> b.announcement().validFrom(), Comparator.reverseOrder()).thenComparing(b -> -b.announcement().id()));
        return shown;
    }

    private List<BoardOutage> outages(Map<String, List<AudienceAccountRow>> mine, Map<Long, String> numbers, Map<String, ZoneId> zones,
                                      Map<String, String> names, Instant now) {
        List<BoardOutage> shown = new ArrayList<>();
        for (OutageRow row : notices.outagesInForce(mine.keySet(), now.minus(java.time.Duration.ofDays(32)))) {
            ZoneId zone = zones.getOrDefault(row.organizationId(), java.time.ZoneOffset.UTC);
            PlannedOutage outage = PlannedOutage.of(row, zone);
            if (!outage.endsAt().isAfter(now.atZone(zone).minus(RECENT).toInstant())) {
                continue;
            }
            List<String> touched = new ArrayList<>();
            for (AudienceAccountRow account : mine.get(row.organizationId())) {
                if (outage.touches(account)) {
                    touched.add(numbers.get(account.accountId()));
                }
            }
            if (!touched.isEmpty()) {
                shown.add(new BoardOutage(outage, names.getOrDefault(row.organizationId(), row.organizationId()), outage.phase(now), touched));
            }
        }
        // the ones still to matter first, by start; the past ones after them, the latest first
        shown.sort(Comparator.comparing((BoardOutage o) -> o.phase() == OutagePhase.PAST)
                .thenComparing(o -> o.phase() == OutagePhase.PAST ? -o.outage().endsAt().toEpochMilli() : o.outage().startsAt().toEpochMilli()));
        return shown;
    }

    private static void requireCustomer(Viewer viewer) {
        if (viewer.role() != Role.CUSTOMER) {
            throw new AccessDeniedException(NoticeAccess.NO_SUCH_ANNOUNCEMENT);
        }
    }
}
