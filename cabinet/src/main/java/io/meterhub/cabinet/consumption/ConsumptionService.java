package io.meterhub.cabinet.consumption;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountMeterRow;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.telemetry.TelemetryRepository;
import io.meterhub.protocols.consumption.Granularity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * Consumption of a smart meter for the charts: hours of a local day, days of a month, months of a
 * year, by tariff zone, with the previous period and the meter's events. The current hour is just
 * the newest row: it shows what has arrived so far.
 */
public final class ConsumptionService {
    private final AccessPolicy access;
    private final AccountRepository accounts;
    private final TelemetryRepository telemetry;
    private final ConsumptionQueries queries;

    public ConsumptionService(AccessPolicy access, AccountRepository accounts, TelemetryRepository telemetry, ConsumptionQueries queries) {
        this.access = access;
        this.accounts = accounts;
        this.telemetry = telemetry;
        this.queries = queries;
    }

    public ConsumptionChart hourly(Viewer viewer, long accountMeterId, LocalDate day) {
        return chart(viewer, accountMeterId, Granularity.HOUR, day.toString(), day.minusDays(1).toString(),
                (meter) -> queries.hoursOfDay(meter, day), (meter) -> queries.hoursOfDay(meter, day.minusDays(1)),
                day.atStartOfDay(), day.plusDays(1).atStartOfDay());
    }

    public ConsumptionChart daily(Viewer viewer, long accountMeterId, YearMonth month) {
        return chart(viewer, accountMeterId, Granularity.DAY, month.toString(), month.minusMonths(1).toString(),
                (meter) -> queries.daysOfMonth(meter, month), (meter) -> queries.daysOfMonth(meter, month.minusMonths(1)),
                month.atDay(1).atStartOfDay(), month.plusMonths(1).atDay(1).atStartOfDay());
    }

    public ConsumptionChart monthly(Viewer viewer, long accountMeterId, Year year) {
        return chart(viewer, accountMeterId, Granularity.MONTH, year.toString(), year.minusYears(1).toString(),
                (meter) -> queries.monthsOfYear(meter, year), (meter) -> queries.monthsOfYear(meter, year.minusYears(1)),
                year.atDay(1).atStartOfDay(), year.plusYears(1).atDay(1).atStartOfDay());
    }

    /**
     * The chart as CSV: ";" separated, a header, decimal point, local times; an hour's start carries
     * its offset ("2026-10-25T02:00+02:00", then "2026-10-25T02:00+01:00" when the clock is set back).
     */
    public static String csv(ConsumptionChart chart) {
        StringBuilder out = new StringBuilder("period;start;zone;").append(chart.unit()).append('\n');
        csvRows(out, chart, chart.period(), chart.current());
        csvRows(out, chart, chart.previousPeriod(), chart.previous());
        return out.toString();
    }

    private static void csvRows(StringBuilder out, ConsumptionChart chart, String period, List<ChartPoint> points) {
        for (ChartPoint point : points) {
            Object start = chart.granularity() == Granularity.HOUR ? point.start().atZone(chart.zone()).toOffsetDateTime() : point.local();
            out.append(period).append(';').append(start).append(';').append(point.zone()).append(';')
                    .append(point.quantity().toPlainString()).append('\n');
        }
    }

    private interface Query {
        List<ConsumptionBucket> run(String telemetryMeterId);
    }

    private ConsumptionChart chart(Viewer viewer, long accountMeterId, Granularity granularity, String period, String previousPeriod,
                                   Query current, Query previous, LocalDateTime from, LocalDateTime to) {
        AccountMeterRow meter = access.meter(viewer, accountMeterId);
        String unit = accounts.service(meter.serviceCode()).map(s -> s.unit()).orElse("kWh");
        ZoneId zone = accounts.account(meter.accountId()).flatMap(a -> accounts.organization(a.organizationId())).orElseThrow().timeZone();
        if (!meter.smart()) {
            return new ConsumptionChart(meter.id(), granularity, period, previousPeriod, unit, false, zone, List.of(), List.of(), List.of());
        }
        List<ChartEvent> events = telemetry.events(List.of(meter.telemetryMeterId()), from.atZone(zone).toInstant(), to.atZone(zone).toInstant())
                .stream().map(e -> new ChartEvent(e.ts(), LocalDateTime.ofInstant(e.ts(), zone), e.code(), e.details())).toList();
        return new ConsumptionChart(meter.id(), granularity, period, previousPeriod, unit, true, zone, points(current.run(meter.telemetryMeterId())),
                points(previous.run(meter.telemetryMeterId())), events);
    }

    private static List<ChartPoint> points(List<ConsumptionBucket> buckets) {
        return buckets.stream().map(b -> ChartPoint.of(b, b.zone(), b.kwh())).toList();
    }
}
