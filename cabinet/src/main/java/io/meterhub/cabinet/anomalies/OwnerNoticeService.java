package io.meterhub.cabinet.anomalies;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountMeterRow;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.AccountRow;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.common.Messages;
import io.meterhub.protocols.anomaly.AnomalyKind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a customer is told of the anomalies of their own smart meters, in plain words: tampering
 * (cover opened, magnetic field), a register that went down, a data gap longer than a day, voltage out
 * of range, reverse energy. Suspicions that are the operator's business (spikes, zero consumption,
 * impossible jumps, manual readings against telemetry) are not told. Only episodes since the meter
 * was installed on the customer's account count: a previous holder's are not theirs.
 */
public final class OwnerNoticeService {
    /** How far back notices go. */
    public static final Duration HORIZON = Duration.ofDays(365);
    public static final int LIMIT = 50;
    static final Set<AnomalyKind> TOLD = Set.of(AnomalyKind.TAMPER_EVENT, AnomalyKind.REGISTER_DECREASE, AnomalyKind.DATA_GAP,
            AnomalyKind.VOLTAGE_OUT_OF_RANGE, AnomalyKind.REVERSE_ENERGY);
    private static final Duration LONG_GAP = Duration.ofDays(1);
    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final AccessPolicy access;
    private final AccountRepository accounts;
    private final AnomalyRepository anomalies;
    private final Clock clock;

    public OwnerNoticeService(AccessPolicy access, AccountRepository accounts, AnomalyRepository anomalies, Clock clock) {
        this.access = access;
        this.accounts = accounts;
        this.anomalies = anomalies;
        this.clock = clock;
    }

    /** The notices of the customer's own meters, newest first, in the given language. Staff get none: this is the owner's view. */
    public List<OwnerNotice> notices(Viewer viewer, Locale locale) {
        if (viewer.role().staff()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<OwnerNotice> notices = new ArrayList<>();
        for (AccountRow account : access.accounts(viewer)) {
            OrganizationRow organization = accounts.organization(account.organizationId()).orElseThrow();
            for (AccountMeterRow meter : accounts.metersOfAccount(account.id())) {
                if (meter.smart()) {
                    notices.addAll(notices(meter, organization, locale, now));
                }
            }
        }
        notices.sort(Comparator.comparing(OwnerNotice::at).reversed().thenComparing(OwnerNotice::anomalyId, Comparator.reverseOrder()));
        return notices.size() > LIMIT ? notices.subList(0, LIMIT) : notices;
    }

    private List<OwnerNotice> notices(AccountMeterRow meter, OrganizationRow organization, Locale locale, Instant now) {
        ZoneId zone = organization.timeZone();
        Instant installed = meter.installedOn().atStartOfDay(zone).toInstant();
        Instant since = now.minus(HORIZON).isAfter(installed) ? now.minus(HORIZON) : installed;
        Instant removed = meter.removedOn() == null ? null : meter.removedOn().atStartOfDay(zone).toInstant();
        List<OwnerNotice> notices = new ArrayList<>();
        for (AnomalyRow row : anomalies.ofMeters(List.of(meter.telemetryMeterId()), since, LIMIT)) {
            AnomalyKind kind = AnomalyKind.valueOf(row.kind());
            if (!TOLD.contains(kind) || (removed != null && !row.startedAt().isBefore(removed))) {
                continue;
            }
            Instant end = row.endedAt() == null ? now : row.endedAt();
            if (kind == AnomalyKind.DATA_GAP && Duration.between(row.startedAt(), end).compareTo(LONG_GAP) <= 0) {
                continue;
            }
            LocalDateTime local = LocalDateTime.ofInstant(row.startedAt(), zone);
            boolean russian = "ru".equals(locale.getLanguage());
            String contact = organization.phone() == null || organization.phone().isBlank() ? organization.name()
                    : organization.name() + ", " + organization.phone();
            String text = Messages.format("notice." + textKey(kind, row.evidence()), locale, (russian ? RU_DATE : EN_DATE).format(local),
                    TIME.format(local), meter.serial(), contact);
            notices.add(new OwnerNotice(row.id(), meter.id(), meter.serial(), kind, row.startedAt(), local, text));
        }
        return notices;
    }

    /** The tamper's event is read from the evidence on the server only; the evidence itself never reaches the owner. */
    static String textKey(AnomalyKind kind, String evidence) {
        if (kind != AnomalyKind.TAMPER_EVENT) {
            return kind.name();
        }
        String text = evidence == null ? "" : evidence;
        if (text.contains("COVER_OPEN")) {
            return "COVER_OPEN";
        }
        if (text.contains("MAGNETIC_FIELD")) {
            return "MAGNETIC_FIELD";
        }
        return kind.name();
    }
}
