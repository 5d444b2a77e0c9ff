package io.meterhub.cabinet.readings;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accountaccess.AccountRight;
import io.meterhub.cabinet.accounts.AccountMeterRow;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.AccountRow;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.telemetry.TelemetryRepository;
import io.meterhub.cabinet.webhooks.IntegrationEvents;
import io.meterhub.cabinet.windows.WindowService;
import io.meterhub.cabinet.windows.WindowState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Manual readings: one value per zone of the meter, inside the organization's window, in the meter's
 * digits, never below the last accepted value unless an operator confirmed a replacement. Implausible
 * values are kept, marked for review, not refused: the customer may be right.
 */
public final class ReadingSubmissionService {
    private static final Logger LOG = LoggerFactory.getLogger(ReadingSubmissionService.class);

    private final AccessPolicy access;
    private final AccountRepository accounts;
    private final ManualReadingRepository readings;
    private final TelemetryRepository telemetry;
    private final WindowService windows;
    private final Clock clock;
    private final PlausibilityRules rules;
    private final TelemetryCrossCheck crossCheck;
    private final Transactions transactions;
    private final IntegrationEvents events;

    /**
     * @param crossCheck when a smart meter's manual reading, off its telemetry, raises an anomaly for the operators
     * @param events     the webhooks' outbox: the submission is recorded in the transaction that stores the readings
     */
    public ReadingSubmissionService(AccessPolicy access, AccountRepository accounts, ManualReadingRepository readings,
                                    TelemetryRepository telemetry, WindowService windows, TelemetryCrossCheck crossCheck,
                                    PlausibilityRules rules, Clock clock, Transactions transactions, IntegrationEvents events) {
        this.transactions = transactions;
        this.events = events;
        this.access = access;
        this.accounts = accounts;
        this.readings = readings;
        this.telemetry = telemetry;
        this.windows = windows;
        this.crossCheck = crossCheck;
        this.rules = rules;
        this.clock = clock;
    }

    /** Submits today's readings, today being the organization's local date on the real clock. */
    public SubmissionResult submit(Viewer viewer, long accountMeterId, Map<Integer, BigDecimal> values) {
        AccountMeterRow meter = access.meter(viewer, accountMeterId, AccountRight.READINGS);
        return submit(viewer, accountMeterId, values, windows.today(organizationOf(meter)));
    }

    /**
     * @param values one value per zone of the meter (1, 1..2 or 1..3)
     * @param today  the organization's local date the readings are taken on
     */
    public SubmissionResult submit(Viewer viewer, long accountMeterId, Map<Integer, BigDecimal> values, LocalDate today) {
        // a delegate who may only look is told "no such meter", as anyone without the right is
        AccountMeterRow meter = access.meter(viewer, accountMeterId, AccountRight.READINGS);
        OrganizationRow organization = organizationOf(meter);
        if (meter.removedOn() != null && !today.isBefore(meter.removedOn())) {
            throw new ValidationException("reading.meter_removed", meter.serial(), meter.removedOn());
        }
        // Operators type in readings from paper and phone calls at any time; customers only in the window.
        if (viewer.role() == Role.CUSTOMER) {
            WindowState window = WindowService.window(accounts, organization, meter.serviceCode()).state(today);
            if (!window.open()) {
                throw new ValidationException("reading.window_closed", window.nextFirstDay(), window.nextLastDay());
            }
        }
        checkZones(meter, values);
        String unit = accounts.service(meter.serviceCode()).map(s -> s.unit()).orElse("kWh");
        boolean usesReplacement = false;
        List<NewReading> toStore = new ArrayList<>();
        Instant now = clock.instant();
        for (Map.Entry<Integer, BigDecimal> entry : new TreeMap<>(values).entrySet()) {
            int zone = entry.getKey();
            BigDecimal value = checkFormat(meter, zone, entry.getValue());
            Optional<ReadingRow> last = readings.lastAccepted(meter.id(), zone);
            String status = ReadingStatus.ACCEPTED.name();
            String flag = null;
            boolean replacement = false;
            if (last.isPresent()) {
                ReadingRow previous = last.get();
                if (today.isBefore(previous.takenOn())) {
                    throw new ValidationException("reading.before_last", zone, previous.takenOn());
                }
                if (value.compareTo(previous.value()) < 0) {
                    if (meter.replacementConfirmedBy() == null) {
                        throw new ValidationException("reading.lower_than_last", zone, value, previous.value(), previous.takenOn());
                    }
                    replacement = true;
                    usesReplacement = true;
                } else {
                    Optional<ReadingFlag> doubt = doubt(meter, organization.timeZone(), unit, zone, value, previous, today);
                    if (doubt.isPresent()) {
                        status = ReadingStatus.UNDER_REVIEW.name();
                        flag = doubt.get().name();
                    }
                }
            }
            toStore.add(new NewReading(meter.id(), zone, value, today, now, viewer.userId(), status, flag, replacement));
        }
        boolean replacing = usesReplacement;
        List<ReadingView> stored = transactions.inTransaction(tx -> {
            List<ReadingView> views = new ArrayList<>();
            for (Long id : readings.insertAll(toStore, replacing)) {
                views.add(ReadingView.of(readings.reading(id).orElseThrow()));
            }
            events.record(tx, ReadingEvents.submitted(organization.id(), accountOf(meter), meter, viewer.role(), now, views));
            return views;
        });
        LOG.info("meter {}: {} reading(s) stored, statuses {}", meter.id(), stored.size(), stored.stream().map(ReadingView::status).toList());
        crossCheck(meter, organization, today, now, stored);
        return new SubmissionResult(stored);
    }

    /** The readings are stored whatever comes of this: a failed check is logged, never the customer's problem. */
    private void crossCheck(AccountMeterRow meter, OrganizationRow organization, LocalDate today, Instant now, List<ReadingView> stored) {
        try {
            crossCheck.check(meter, organization.id(), organization.timeZone(), today, now,
                    stored.stream().map(r -> new TelemetryCrossCheck.Submitted(r.id(), r.zone(), r.value())).toList());
        } catch (RuntimeException e) {
            LOG.error("meter {}: checking the manual reading against telemetry failed", meter.id(), e);
        }
    }

    /** An operator confirms the meter was replaced: its next lower reading starts the new meter instead of being refused. */
    public void confirmReplacement(Viewer operator, long accountMeterId) {
        AccountMeterRow meter = access.meter(operator, accountMeterId);
        access.requireStaff(operator);
        accounts.confirmReplacement(meter.id(), operator.userId(), clock.instant());
        LOG.info("meter {}: replacement confirmed by user {}", meter.id(), operator.userId());
    }

    /** Every reading of the meter, newest first, with statuses and reasons. */
    /** Whether the viewer may submit this meter's readings: its holder, or a delegate with readings (a view-only one may not). */
    public boolean maySubmit(Viewer viewer, long accountMeterId) {
        try {
            access.meter(viewer, accountMeterId, AccountRight.READINGS);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    public List<ReadingView> history(Viewer viewer, long accountMeterId) {
        AccountMeterRow meter = access.meter(viewer, accountMeterId);
        return readings.history(meter.id()).stream().map(ReadingView::of).toList();
    }

    /** The last accepted reading of each zone of the meter. */
    public Map<Integer, ReadingView> lastAccepted(Viewer viewer, long accountMeterId) {
        AccountMeterRow meter = access.meter(viewer, accountMeterId);
        Map<Integer, ReadingView> last = new TreeMap<>();
        for (int zone = 1; zone <= meter.zones(); zone++) {
            readings.lastAccepted(meter.id(), zone).map(ReadingView::of).ifPresent(r -> last.put(r.zone(), r));
        }
        return last;
    }

    private OrganizationRow organizationOf(AccountMeterRow meter) {
        return accounts.organization(accountOf(meter).organizationId()).orElseThrow();
    }

    private AccountRow accountOf(AccountMeterRow meter) {
        return accounts.account(meter.accountId()).orElseThrow(AccessDeniedException::noSuchMeter);
    }

    private static void checkZones(AccountMeterRow meter, Map<Integer, BigDecimal> values) {
        if (values == null) {
            throw new ValidationException("reading.zone_missing", 1);
        }
        for (Integer zone : new TreeSet<>(values.keySet())) {
            if (zone == null || zone < 1 || zone > meter.zones()) {
                throw new ValidationException("reading.zone_unknown", zone, meter.zones());
            }
        }
        for (int zone = 1; zone <= meter.zones(); zone++) {
            if (values.get(zone) == null) {
                throw new ValidationException("reading.zone_missing", zone);
            }
        }
    }

    private static BigDecimal checkFormat(AccountMeterRow meter, int zone, BigDecimal value) {
        if (value.signum() < 0) {
            throw new ValidationException("reading.negative", zone);
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > meter.decimals()) {
            throw new ValidationException("reading.too_many_decimals", zone, meter.decimals());
        }
        int integerDigits = value.setScale(0, RoundingMode.DOWN).toPlainString().length();
        if (integerDigits > meter.digits()) {
            throw new ValidationException("reading.too_many_digits", zone, meter.digits());
        }
        return value.setScale(meter.decimals(), RoundingMode.UNNECESSARY);
    }

    /** Why the value needs an operator's eye, if it does: telemetry first (it is evidence), then the jump rule. */
    private Optional<ReadingFlag> doubt(AccountMeterRow meter, ZoneId zoneId, String unit, int zone, BigDecimal value, ReadingRow previous,
                                        LocalDate today) {
        BigDecimal growth = value.subtract(previous.value());
        if (meter.smart() && offTelemetry(meter, zoneId, zone, growth, previous.takenOn(), today)) {
            return Optional.of(ReadingFlag.TELEMETRY_MISMATCH);
        }
        List<ReadingRow> history = readings.accepted(meter.id(), zone);
        BigDecimal allowed = Plausibility.allowedGrowth(Plausibility.usualMonthly(history), rules.jumpFactor(), rules.floor(unit),
                previous.takenOn(), today);
        return growth.compareTo(allowed) > 0 ? Optional.of(ReadingFlag.JUMP) : Optional.empty();
    }

    /**
     * Readings carry a day, not a time: telemetry between the two days is at least the hours strictly
     * between them and at most the hours of both days too. Beyond that, and a tolerance, they disagree.
     */
    private boolean offTelemetry(AccountMeterRow meter, ZoneId zoneId, int zone, BigDecimal growth, LocalDate lastDay, LocalDate today) {
        Optional<Integer> tariffRegisters = telemetry.tariffRegisters(meter.telemetryMeterId());
        if (tariffRegisters.isEmpty()) {
            return false;
        }
        String[] registers;
        int labelledZone;
        if (tariffRegisters.get() > 0) {
            registers = meter.zones() == 1 ? allTariffRegisters(tariffRegisters.get()) : new String[] {"1.8." + zone};
            labelledZone = 0;
        } else {
            registers = new String[] {"1.8.0"};
            labelledZone = meter.zones() == 1 ? 0 : zone;
        }
        OptionalDouble most = telemetry.sum(meter.telemetryMeterId(), registers, labelledZone, lastDay.atStartOfDay(zoneId).toInstant(),
                today.plusDays(1).atStartOfDay(zoneId).toInstant());
        if (most.isEmpty()) {
            return false;
        }
        double least = telemetry.sum(meter.telemetryMeterId(), registers, labelledZone, lastDay.plusDays(1).atStartOfDay(zoneId).toInstant(),
                today.atStartOfDay(zoneId).toInstant()).orElse(0);
        BigDecimal high = BigDecimal.valueOf(most.getAsDouble());
        BigDecimal tolerance = high.multiply(rules.telemetryRelative()).max(rules.telemetryAbsolute());
        return growth.compareTo(BigDecimal.valueOf(least).subtract(tolerance)) < 0 || growth.compareTo(high.add(tolerance)) > 0;
    }

    private static String[] allTariffRegisters(int count) {
        String[] registers = new String[count];
        for (int t = 1; t <= count; t++) {
            registers[t - 1] = "1.8." + t;
        }
        return registers;
    }
}
