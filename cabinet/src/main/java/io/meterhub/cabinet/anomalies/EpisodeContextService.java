package io.meterhub.cabinet.anomalies;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.Masking;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountMeterRow;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.AccountRow;
import io.meterhub.cabinet.accounts.CustomerRow;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.consumption.ChartEvent;
import io.meterhub.cabinet.consumption.ChartPoint;
import io.meterhub.cabinet.consumption.ConsumptionBucket;
import io.meterhub.cabinet.consumption.ConsumptionQueries;
import io.meterhub.cabinet.telemetry.TelemetryRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The consumption, events and account around an anomaly, for its detail page (staff of the anomaly's organization only). */
public final class EpisodeContextService {
    /** How much of the meter's life the chart shows on each side of the episode. */
    public static final Duration AROUND = Duration.ofDays(3);
    /** The longest span charted hour by hour; a longer episode shows its last part. */
    public static final Duration LONGEST = Duration.ofDays(45);

    private final AccessPolicy access;
    private final AnomalyRepository anomalies;
    private final AccountRepository accounts;
    private final TelemetryRepository telemetry;
    private final ConsumptionQueries consumption;
    private final Clock clock;

    public EpisodeContextService(AccessPolicy access, AnomalyRepository anomalies, AccountRepository accounts,
                                 TelemetryRepository telemetry, ConsumptionQueries consumption, Clock clock) {
        this.access = access;
        this.anomalies = anomalies;
        this.accounts = accounts;
        this.telemetry = telemetry;
        this.consumption = consumption;
        this.clock = clock;
    }

    public EpisodeContext context(Viewer viewer, long anomalyId) {
        access.requireStaff(viewer);
        AnomalyRow anomaly = anomalies.byId(anomalyId).filter(r -> Objects.equals(r.organizationId(), viewer.organizationId()))
                .orElseThrow(() -> new AccessDeniedException(AnomalyReviewService.NOT_FOUND));
        ZoneId zone = accounts.organization(anomaly.organizationId()).map(OrganizationRow::timeZone).orElse(ZoneOffset.UTC);
        Instant now = clock.instant();
        Instant episodeEnd = anomaly.endedAt() == null ? now : anomaly.endedAt();
        Instant to = min(episodeEnd.plus(AROUND), now.isAfter(episodeEnd) ? now : episodeEnd);
        Instant from = anomaly.startedAt().minus(AROUND);
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            from = to.minus(LONGEST);
        }
        // whole hours, so that the first and last bars are not cut
        from = from.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        List<ChartPoint> hours = hours(anomaly.meterId(), from, to);
        List<ChartEvent> events = telemetry.events(List.of(anomaly.meterId()), from, to).stream()
                .map(e -> new ChartEvent(e.ts(), LocalDateTime.ofInstant(e.ts(), zone), e.code(), e.details())).toList();
        return new EpisodeContext(LocalDateTime.ofInstant(from, zone), LocalDateTime.ofInstant(to, zone),
                LocalDateTime.ofInstant(anomaly.startedAt(), zone), LocalDateTime.ofInstant(episodeEnd, zone), "kWh", hours, events,
                account(viewer, anomaly, zone));
    }

    private List<ChartPoint> hours(String meterId, Instant from, Instant to) {
        if (telemetry.tariffRegisters(meterId).isEmpty()) {
            return List.of();
        }
        // by the hour's instant: the two hours of a night the clock is set back share their local time
        Map<Instant, ConsumptionBucket> hours = new TreeMap<>();
        Map<Instant, Double> total = new HashMap<>();
        for (ConsumptionBucket bucket : consumption.hours(meterId, from, to)) {
            hours.putIfAbsent(bucket.start(), bucket);
            total.merge(bucket.start(), bucket.kwh(), Double::sum);
        }
        return hours.values().stream().map(hour -> ChartPoint.of(hour, 0, total.get(hour.start()))).toList();
    }

    /** The account the meter was installed on when the episode started, within the viewer's organization. */
    private EpisodeAccount account(Viewer viewer, AnomalyRow anomaly, ZoneId zone) {
        LocalDate started = LocalDate.ofInstant(anomaly.startedAt(), zone);
        for (AccountMeterRow meter : accounts.metersOfTelemetry(anomaly.meterId())) {
            boolean then = !meter.installedOn().isAfter(started) && (meter.removedOn() == null || meter.removedOn().isAfter(started));
            AccountRow account = accounts.account(meter.accountId()).orElse(null);
            if (!then || account == null || !access.maysee(viewer, account)) {
                continue;
            }
            CustomerRow holder = accounts.customer(account.holderId()).orElseThrow();
            return new EpisodeAccount(account.id(), account.number(), Masking.holder(holder.kind(), holder.fullName()), account.address(),
                    meter.id(), meter.serial(), meter.model());
        }
        return null;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
