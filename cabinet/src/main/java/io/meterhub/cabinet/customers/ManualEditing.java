package io.meterhub.cabinet.customers;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.ServiceRow;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.common.Money;
import io.meterhub.cabinet.ledger.LedgerRepository;
import io.meterhub.cabinet.readings.ManualReadingRepository;
import io.meterhub.cabinet.readings.NewReading;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Corrections by hand (module MANUAL_EDITING) of an account, a meter, a reading entered by an
 * operator and a charge, each with a reason, each in the audit log with the record before and after.
 * Only the viewer's organization's records are reachable; a wrong field is named, nothing is written.
 */
public final class ManualEditing {
    private final CustomerDirectoryRepository directory;
    private final ManualEditRepository edits;
    private final AccountRepository accounts;
    private final ManualReadingRepository readings;
    private final StaffRights rights;
    private final AuditLog audit;
    private final Clock clock;
    private final ChargeAdjustments adjustments;
    private final WriteOffRequestRepository writeOffs;
    private final WriteOffRule writeOffRule;

    public ManualEditing(CustomerDirectoryRepository directory, ManualEditRepository edits, AccountRepository accounts,
                         ManualReadingRepository readings, LedgerRepository ledger, StaffRights rights, AuditLog audit, Clock clock,
                         WriteOffRequestRepository writeOffs, WriteOffRule writeOffRule) {
        this.directory = directory;
        this.edits = edits;
        this.accounts = accounts;
        this.readings = readings;
        this.rights = rights;
        this.audit = audit;
        this.clock = clock;
        this.adjustments = new ChargeAdjustments(ledger, audit);
        this.writeOffs = writeOffs;
        this.writeOffRule = writeOffRule;
    }

    public void editAccount(Viewer viewer, long accountId, AccountEdit edit, String reason) {
        audit.atomically(() -> {
            rights.require(viewer, StaffModule.MANUAL_EDITING);
            CardAccountRow before = account(viewer, accountId);
            List<FieldProblem> problems = new ArrayList<>();
            String address = text(edit.address());
            if (address == null) {
                problems.add(FieldProblem.of("address", "customers.address_required"));
            }
            if (edit.openedOn() == null) {
                problems.add(FieldProblem.of("openedOn", "customers.opened_on_required"));
            } else if (edit.openedOn().isAfter(today())) {
                problems.add(FieldProblem.of("openedOn", "customers.date_in_future"));
            }
            String why = reason(reason, problems);
            edits.updateAccount(accountId, address, edit.openedOn());
            CardAccountRow after = directory.account(accountId).orElseThrow();
            audit.record(viewer, viewer.organizationId(), "account.edit", "account", String.valueOf(accountId), snapshot(before), snapshot(after), why);
        });
    }

    public void editMeter(Viewer viewer, long meterId, MeterEdit edit, String reason) {
        audit.atomically(() -> {
            rights.require(viewer, StaffModule.MANUAL_EDITING);
            CardMeterRow before = meter(viewer, meterId);
            List<FieldProblem> problems = new ArrayList<>();
            String serial = text(edit.serial());
            if (serial == null) {
                problems.add(FieldProblem.of("serial", "customers.serial_required"));
            } else if (edits.serialTaken(before.accountId(), serial, meterId)) {
                problems.add(FieldProblem.of("serial", "customers.serial_taken", serial));
            }
            String model = text(edit.model());
            if (model == null) {
                problems.add(FieldProblem.of("model", "customers.model_required"));
            }
            if (edit.digits() < 4 || edit.digits() > 9) {
                problems.add(FieldProblem.of("digits", "customers.digits_range", 4, 9));
            }
            if (edit.decimals() < 0 || edit.decimals() > 3) {
                problems.add(FieldProblem.of("decimals", "customers.decimals_range", 0, 3));
            }
            String why = reason(reason, problems);
            edits.updateMeter(meterId, serial, model, edit.digits(), edit.decimals(), edit.nextVerificationOn());
            CardMeterRow after = directory.meter(meterId).orElseThrow();
            audit.record(viewer, viewer.organizationId(), "meter.edit", "meter", String.valueOf(meterId), snapshot(before), snapshot(after), why);
        });
    }

    /** An accepted reading of one zone, entered by the operator: not subject to the submission window nor to review. */
    public long enterReading(Viewer viewer, long meterId, OperatorReading reading, String reason) {
        return audit.atomically(() -> {
            rights.require(viewer, StaffModule.MANUAL_EDITING);
            CardMeterRow meter = meter(viewer, meterId);
            List<FieldProblem> problems = new ArrayList<>();
            if (reading.zone() < 1 || reading.zone() > meter.zones()) {
                problems.add(FieldProblem.of("zone", "customers.zone_range", meter.zones()));
            }
            BigDecimal value = reading.value();
            if (value == null || value.signum() < 0) {
                problems.add(FieldProblem.of("value", "customers.value_invalid"));
            } else if (value.stripTrailingZeros().scale() > meter.decimals()
                    || value.setScale(0, java.math.RoundingMode.DOWN).toPlainString().length() > meter.digits()) {
                problems.add(FieldProblem.of("value", "customers.value_too_long", meter.digits(), meter.decimals()));
            }
            if (reading.takenOn() == null) {
                problems.add(FieldProblem.of("takenOn", "customers.taken_on_required"));
            } else if (reading.takenOn().isAfter(today())) {
                problems.add(FieldProblem.of("takenOn", "customers.date_in_future"));
            }
            String why = reason(reason, problems);
            long id = readings.insertAll(List.of(new NewReading(meterId, reading.zone(), value, reading.takenOn(), clock.instant(), viewer.userId(),
                    "ACCEPTED", null, false)), false).get(0);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("meter", meter.serial());
            after.put("zone", reading.zone());
            after.put("value", value.toPlainString());
            after.put("takenOn", reading.takenOn().toString());
            after.put("status", "ACCEPTED");
            audit.record(viewer, viewer.organizationId(), "reading.enter", "reading", String.valueOf(id), null, after, why);
            return id;
        });
    }

    /**
     * Corrects a charge by an ADJUSTMENT entry of the account's service for the period; a write-off (a negative amount) at
     * or over the {@link WriteOffRule}'s threshold is not posted but waits for a second person ({@link WriteOffApprovals}).
     */
    public ChargeCorrectionResult correctCharge(Viewer viewer, long accountId, ChargeCorrection correction, String reason) {
        return audit.atomically(() -> {
            rights.require(viewer, StaffModule.MANUAL_EDITING);
            CardAccountRow account = account(viewer, accountId);
            List<FieldProblem> problems = new ArrayList<>();
            if (correction.serviceCode() == null || accounts.servicesOfAccount(accountId).stream().map(ServiceRow::code)
                    .noneMatch(correction.serviceCode()::equals)) {
                problems.add(FieldProblem.of("service", "customers.service_not_on_account"));
            }
            if (correction.period() == null) {
                problems.add(FieldProblem.of("period", "customers.period_required"));
            }
            BigDecimal amount = correction.amount();
            if (amount == null || amount.signum() == 0 || amount.stripTrailingZeros().scale() > 2) {
                problems.add(FieldProblem.of("amount", "customers.amount_invalid"));
            }
            String description = text(correction.description());
            if (description == null) {
                problems.add(FieldProblem.of("description", "customers.description_required"));
            }
            String why = reason(reason, problems);
            BigDecimal kopecks = Money.kopecks(amount);
            if (writeOffRule.needsSecondPerson(kopecks)) {
                long id = writeOffs.create(new NewWriteOffRequest(viewer.organizationId(), accountId, correction.serviceCode(),
                        correction.period().atDay(1), kopecks, description, why, viewer.userId(), clock.instant()));
                audit.record(viewer, viewer.organizationId(), "charge.write_off.request", "write_off_request", String.valueOf(id), null,
                        ChargeAdjustments.fields(account.number(), correction.serviceCode(), correction.period(), kopecks, description, null), why);
                return new ChargeCorrectionResult(id);
            }
            adjustments.post(viewer, accountId, account.number(), correction.serviceCode(), correction.period(), kopecks, description,
                    "manual:" + UUID.randomUUID(), "charge.adjust", why);
            return ChargeCorrectionResult.POSTED;
        });
    }

    private CardAccountRow account(Viewer viewer, long accountId) {
        return directory.account(accountId).filter(a -> Objects.equals(a.organizationId(), viewer.organizationId()))
                .orElseThrow(AccessDeniedException::noSuchAccount);
    }

    private CardMeterRow meter(Viewer viewer, long meterId) {
        CardMeterRow meter = directory.meter(meterId).orElseThrow(AccessDeniedException::noSuchMeter);
        if (directory.account(meter.accountId()).filter(a -> Objects.equals(a.organizationId(), viewer.organizationId())).isEmpty()) {
            throw AccessDeniedException.noSuchMeter();
        }
        return meter;
    }

    /** The reason, required; refuses the whole form with every problem found. */
    private static String reason(String reason, List<FieldProblem> problems) {
        String why = text(reason);
        if (why == null) {
            problems.add(FieldProblem.of("reason", "customers.reason_required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return why;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Map<String, Object> snapshot(CardAccountRow a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("number", a.number());
        s.put("address", a.address());
        s.put("openedOn", a.openedOn() == null ? null : a.openedOn().toString());
        return s;
    }

    private static Map<String, Object> snapshot(CardMeterRow m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("serial", m.serial());
        s.put("model", m.model());
        s.put("digits", m.digits());
        s.put("decimals", m.decimals());
        s.put("nextVerificationOn", m.nextVerificationOn() == null ? null : m.nextVerificationOn().toString());
        return s;
    }
}
