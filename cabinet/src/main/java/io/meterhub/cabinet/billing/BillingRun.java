package io.meterhub.cabinet.billing;

import io.meterhub.cabinet.accounts.AccountMeterRow;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.AccountRow;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.accounts.ServiceRow;
import io.meterhub.cabinet.common.Money;
import io.meterhub.cabinet.ledger.ChargeLineRow;
import io.meterhub.cabinet.ledger.LedgerRepository;
import io.meterhub.cabinet.ledger.NewEntry;
import io.meterhub.cabinet.readings.ManualReadingRepository;
import io.meterhub.cabinet.readings.ReadingRow;
import io.meterhub.cabinet.tariffs.Tariff;
import io.meterhub.cabinet.tariffs.TariffService;
import io.meterhub.cabinet.telemetry.DayZoneSum;
import io.meterhub.cabinet.telemetry.TelemetryRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * The monthly billing run of one organization. Metered services are charged for the month's
 * consumption per zone (telemetry for smart meters, accepted readings for plain ones) at the prices
 * in force, fixed services at their monthly price; a price change inside the month splits the
 * consumption by days (readings) or by the hours' actual days (telemetry). The run's entries carry
 * the source {@code billing:YYYY-MM}: running it again replaces them with the same (or corrected)
 * amounts, never adds a second charge.
 */
public final class BillingRun {
    private static final Logger LOG = LoggerFactory.getLogger(BillingRun.class);

    private final AccountRepository accounts;
    private final ManualReadingRepository readings;
    private final TelemetryRepository telemetry;
    private final LedgerRepository ledger;
    private final TariffService tariffs;

    public BillingRun(AccountRepository accounts, ManualReadingRepository readings, TelemetryRepository telemetry, LedgerRepository ledger,
                      TariffService tariffs) {
        this.accounts = accounts;
        this.readings = readings;
        this.telemetry = telemetry;
        this.ledger = ledger;
        this.tariffs = tariffs;
    }

    public static String source(YearMonth month) {
        return "billing:" + month;
    }

    public BillingReport run(String organizationId, YearMonth month) {
        OrganizationRow organization = accounts.organization(organizationId)
                .orElseThrow(() -> new NoSuchElementException("no organization " + organizationId));
        LocalDate start = month.atDay(1);
        LocalDate end = month.plusMonths(1).atDay(1);
        Map<String, ServiceRow> services = new LinkedHashMap<>();
        accounts.services().forEach(s -> services.put(s.code(), s));
        List<NewEntry> entries = new ArrayList<>();
        List<BillingProblem> problems = new ArrayList<>();
        for (AccountRow account : accounts.accountsOfOrganization(organizationId)) {
            if (!account.openedOn().isBefore(end)) {
                continue;
            }
            Map<String, List<AccountMeterRow>> metersByService = new TreeMap<>();
            for (AccountMeterRow meter : accounts.metersOfAccount(account.id())) {
                if (meter.installedOn().isBefore(end) && (meter.removedOn() == null || meter.removedOn().isAfter(start))) {
                    metersByService.computeIfAbsent(meter.serviceCode(), code -> new ArrayList<>()).add(meter);
                }
            }
            for (Map.Entry<String, List<AccountMeterRow>> service : metersByService.entrySet()) {
                try {
                    List<PricedLine> lines = meteredLines(organization, service.getKey(), service.getValue(), start, end);
                    if (!lines.isEmpty()) {
                        entries.add(entry(account, services.get(service.getKey()), month, lines));
                    }
                } catch (TariffSplit.MissingTariff e) {
                    problems.add(new BillingProblem(account.number(), service.getKey(), "billing.no_tariff", List.of(e.day)));
                }
            }
            LocalDate from = account.openedOn().isAfter(start) ? account.openedOn() : start;
            for (ServiceRow service : accounts.servicesOfAccount(account.id())) {
                if (service.metered()) {
                    continue;
                }
                try {
                    entries.add(entry(account, service, month, fixedLines(organizationId, service.code(), from, start, end)));
                } catch (TariffSplit.MissingTariff e) {
                    problems.add(new BillingProblem(account.number(), service.code(), "billing.no_tariff", List.of(e.day)));
                }
            }
        }
        ledger.replaceRun(source(month), start, organizationId, entries);
        BigDecimal total = entries.stream().map(NewEntry::amount).reduce(Money.ZERO, BigDecimal::add);
        LOG.info("billing {} {}: {} charges, total {}, {} problem(s)", organizationId, month, entries.size(), total, problems.size());
        return new BillingReport(organizationId, month, entries.size(), total, problems);
    }

    private List<PricedLine> meteredLines(OrganizationRow organization, String serviceCode, List<AccountMeterRow> meters, LocalDate start,
                                          LocalDate end) throws TariffSplit.MissingTariff {
        // zone -> quantity per tariff part, added over the service's meters
        Map<Integer, BigDecimal[]> quantities = new TreeMap<>();
        Map<Integer, List<TariffSplit.Part>> partsByZone = new TreeMap<>();
        for (AccountMeterRow meter : meters) {
            if (meter.smart()) {
                for (Map.Entry<Integer, Map<LocalDate, BigDecimal>> zone : telemetryByZone(meter, organization.timeZone(), start, end).entrySet()) {
                    List<TariffSplit.Part> parts = parts(partsByZone, organization.id(), serviceCode, zone.getKey(), start, end);
                    add(quantities, zone.getKey(), TariffSplit.byActualDays(zone.getValue(), parts));
                }
            } else {
                for (int zone = 1; zone <= meter.zones(); zone++) {
                    BigDecimal consumed = readingsConsumption(meter.id(), zone, start, end);
                    if (consumed != null) {
                        List<TariffSplit.Part> parts = parts(partsByZone, organization.id(), serviceCode, zone, start, end);
                        add(quantities, zone, TariffSplit.byDays(consumed, parts));
                    }
                }
            }
        }
        List<PricedLine> lines = new ArrayList<>();
        for (Map.Entry<Integer, BigDecimal[]> zone : quantities.entrySet()) {
            List<TariffSplit.Part> parts = partsByZone.get(zone.getKey());
            for (int i = 0; i < parts.size(); i++) {
                lines.add(TariffSplit.price(zone.getKey(), zone.getValue()[i], parts.get(i)));
            }
        }
        return lines;
    }

    private List<TariffSplit.Part> parts(Map<Integer, List<TariffSplit.Part>> cache, String organizationId, String serviceCode, int zone,
                                         LocalDate start, LocalDate end) throws TariffSplit.MissingTariff {
        List<TariffSplit.Part> parts = cache.get(zone);
        if (parts == null) {
            parts = TariffSplit.parts(tariffs.inForce(organizationId, serviceCode, zone, start, end), start, end);
            cache.put(zone, parts);
        }
        return parts;
    }

    private static void add(Map<Integer, BigDecimal[]> quantities, int zone, BigDecimal[] more) {
        BigDecimal[] sum = quantities.computeIfAbsent(zone, z -> {
            BigDecimal[] zeros = new BigDecimal[more.length];
            java.util.Arrays.fill(zeros, BigDecimal.ZERO.setScale(3));
            return zeros;
        });
        for (int i = 0; i < more.length; i++) {
            sum[i] = sum[i].add(more[i]);
        }
    }

    /**
     * The month's consumption of a zone from accepted readings: from the last reading before the
     * month to the last reading of the month; null when either is missing. A confirmed meter
     * replacement restarts the count at the new meter's reading.
     */
    private BigDecimal readingsConsumption(long meterId, int zone, LocalDate start, LocalDate end) {
        ReadingRow before = readings.lastAcceptedBefore(meterId, zone, start).orElse(null);
        ReadingRow last = readings.lastAcceptedBefore(meterId, zone, end).orElse(null);
        if (before == null || last == null || last.takenOn().isBefore(start)) {
            return null;
        }
        BigDecimal consumed = BigDecimal.ZERO;
        ReadingRow previous = before;
        for (ReadingRow reading : readings.accepted(meterId, zone)) {
            if (!reading.takenOn().isBefore(start) && reading.takenOn().isBefore(end)) {
                consumed = consumed.add(reading.meterReplacement() ? reading.value() : reading.value().subtract(previous.value()));
                previous = reading;
            }
        }
        return consumed;
    }

    /** Telemetry of the local month per billing zone and local day. */
    private Map<Integer, Map<LocalDate, BigDecimal>> telemetryByZone(AccountMeterRow meter, ZoneId zoneId, LocalDate start, LocalDate end) {
        int tariffRegisters = telemetry.tariffRegisters(meter.telemetryMeterId()).orElse(0);
        String[] registers;
        if (tariffRegisters > 0) {
            registers = new String[tariffRegisters];
            for (int t = 1; t <= tariffRegisters; t++) {
                registers[t - 1] = "1.8." + t;
            }
        } else {
            registers = new String[] {"1.8.0"};
        }
        Map<Integer, Map<LocalDate, BigDecimal>> byZone = new TreeMap<>();
        for (DayZoneSum sum : telemetry.dailyByZone(meter.telemetryMeterId(), registers, zoneId, start.atStartOfDay(zoneId).toInstant(),
                end.atStartOfDay(zoneId).toInstant())) {
            // A single-rate contract pays every hour at zone 1, whatever the schedule labelled it.
            int zone = meter.zones() == 1 ? 1 : Math.min(sum.zone(), meter.zones());
            byZone.computeIfAbsent(zone, z -> new TreeMap<>()).merge(sum.day(), BigDecimal.valueOf(sum.kwh()), BigDecimal::add);
        }
        return byZone;
    }

    /** A fixed service's monthly price, in proportion to the days each price (and the account) was in force. */
    private List<PricedLine> fixedLines(String organizationId, String serviceCode, LocalDate from, LocalDate start, LocalDate end)
            throws TariffSplit.MissingTariff {
        List<Tariff> prices = tariffs.inForce(organizationId, serviceCode, 0, from, end);
        List<TariffSplit.Part> parts = TariffSplit.parts(prices, from, end);
        BigDecimal monthDays = BigDecimal.valueOf(java.time.temporal.ChronoUnit.DAYS.between(start, end));
        List<PricedLine> lines = new ArrayList<>();
        for (TariffSplit.Part part : parts) {
            BigDecimal days = BigDecimal.valueOf(part.days());
            BigDecimal share = days.divide(monthDays, 3, RoundingMode.HALF_UP);
            BigDecimal amount = Money.kopecks(part.tariff().price().multiply(days).divide(monthDays, 10, RoundingMode.HALF_UP));
            lines.add(new PricedLine(0, share, part.tariff().price(), amount, part.from(), part.toExclusive()));
        }
        return lines;
    }

    private static NewEntry entry(AccountRow account, ServiceRow service, YearMonth month, List<PricedLine> lines) {
        BigDecimal amount = lines.stream().map(PricedLine::amount).reduce(Money.ZERO, BigDecimal::add);
        List<ChargeLineRow> rows = lines.stream().map(l -> new ChargeLineRow(l.zone(), l.quantity(), l.price(), l.amount(), l.from(),
                l.toExclusive())).toList();
        return new NewEntry(account.id(), service.code(), "CHARGE", month.atDay(1), amount,
                service.nameRu() + " за " + String.format("%02d.%d", month.getMonthValue(), month.getYear()), source(month), rows);
    }
}
