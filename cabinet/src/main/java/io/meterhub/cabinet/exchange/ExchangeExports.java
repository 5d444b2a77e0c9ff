package io.meterhub.cabinet.exchange;

import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.loading.ExportService;
import io.meterhub.cabinet.organizations.OrganizationRepository;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The exports of the billing exchange as an integration (the HTTP API) reads them: the caller has checked its
 * key's scopes, so there is no staff viewer; a period is refused on the control panel's Выгрузка rule (to not
 * before from, at most {@link ExportService#MAX_DAYS} days).
 */
public final class ExchangeExports {
    private final ExchangeRepository exchange;
    private final OrganizationRepository organizations;

    public ExchangeExports(ExchangeRepository exchange, OrganizationRepository organizations) {
        this.exchange = exchange;
        this.organizations = organizations;
    }

    /** The organization's time zone: its days bound the periods, and its offset is on every time given out. */
    public ZoneId zone(String organizationId) {
        return organizations.profile(organizationId).map(p -> ZoneId.of(p.timeZone()))
                .orElseThrow(() -> new IllegalArgumentException("no organization " + organizationId));
    }

    public List<SubmittedReading> submittedReadings(String organizationId, LocalDate from, LocalDate to, Long after, int limit) {
        checkPeriod(from, to);
        return exchange.submittedReadings(organizationId, from, to, after, limit);
    }

    public List<ReceivedPayment> payments(String organizationId, LocalDate from, LocalDate to, ReceivedPayment.Key after, int limit) {
        checkPeriod(from, to);
        return exchange.payments(organizationId, from, to, after, limit);
    }

    public List<ApplicationRecord> applications(String organizationId, Long after, int limit) {
        return exchange.applications(organizationId, after, limit);
    }

    /** @param from, to either may be null: the period is then open on that side */
    public List<TheftRecord> thefts(String organizationId, LocalDate from, LocalDate to, Long after, int limit) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException("export.period_invalid", ExportService.MAX_DAYS);
        }
        return exchange.thefts(organizationId, from, to, after, limit);
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(ExportService.MAX_DAYS).isBefore(to)) {
            throw new ValidationException("export.period_invalid", ExportService.MAX_DAYS);
        }
    }
}
