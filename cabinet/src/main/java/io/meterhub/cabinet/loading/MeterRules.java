package io.meterhub.cabinet.loading;

import io.meterhub.cabinet.loading.LoadKind.Headers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Meters (приборы учёта): the meter by its serial on an account of the organization that is already loaded. */
final class MeterRules implements KindRules<MeterLoadRow> {
    private final LoadedRecordsRepository records;
    private final ServiceNames services;

    MeterRules(LoadedRecordsRepository records, ServiceNames services) {
        this.records = records;
        this.services = services;
    }

    @Override
    public MeterLoadRow parse(Cells cells) {
        String account = cells.text(Headers.ACCOUNT, true, 32);
        String serviceText = cells.text(Headers.SERVICE, true, 100);
        String service = serviceText == null ? null : services.code(serviceText);
        if (serviceText != null && service == null) {
            cells.problem(Headers.SERVICE, "load.field.service_unknown", serviceText);
        } else if (service != null && !services.metered(service)) {
            cells.problem(Headers.SERVICE, "load.field.service_not_metered");
        }
        String serial = cells.text(Headers.SERIAL, true, 64);
        String model = cells.text(Headers.MODEL, true, 200);
        Integer zones = cells.integer(Headers.ZONES, true, 1, 3, null);
        Integer digits = cells.integer(Headers.DIGITS, false, 4, 9, 6);
        Integer decimals = cells.integer(Headers.DECIMALS, false, 0, 3, 1);
        LocalDate installed = cells.date(Headers.INSTALLED_ON, true);
        LocalDate verification = cells.date(Headers.VERIFICATION_ON, false);
        if (installed != null && verification != null && verification.isBefore(installed)) {
            cells.problem(Headers.VERIFICATION_ON, "load.field.verification_before_install", cells.raw(Headers.INSTALLED_ON));
        }
        String telemetry = cells.text(Headers.TELEMETRY_ID, false, 128);
        if (cells.bad()) {
            return null;
        }
        return new MeterLoadRow(account, service, serial, model, zones, digits, decimals, installed, verification, telemetry);
    }

    @Override
    public String key(MeterLoadRow row) {
        return row.accountNumber() + "\n" + row.serial();
    }

    @Override
    public String keyHeader() {
        return Headers.SERIAL;
    }

    @Override
    public List<Numbered<MeterLoadRow>> against(String organizationId, List<Numbered<MeterLoadRow>> rows, List<LoadProblem> problems) {
        Set<String> accounts = records.existingAccounts(organizationId, rows.stream().map(r -> r.row().accountNumber()).distinct().toList());
        Set<String> telemetry = records.telemetryMeters(organizationId,
                rows.stream().map(r -> r.row().telemetryMeterId()).filter(Objects::nonNull).distinct().toList());
        List<Numbered<MeterLoadRow>> valid = new ArrayList<>(rows.size());
        for (Numbered<MeterLoadRow> r : rows) {
            boolean good = true;
            if (!accounts.contains(r.row().accountNumber())) {
                problems.add(LoadProblem.of(r.rowNo(), Headers.ACCOUNT, r.row().accountNumber(), "load.field.account_unknown"));
                good = false;
            }
            if (r.row().telemetryMeterId() != null && !telemetry.contains(r.row().telemetryMeterId())) {
                problems.add(LoadProblem.of(r.rowNo(), Headers.TELEMETRY_ID, r.row().telemetryMeterId(), "load.field.telemetry_unknown"));
                good = false;
            }
            if (good) {
                valid.add(r);
            }
        }
        return valid;
    }

    @Override
    public Set<String> existing(String organizationId, List<MeterLoadRow> rows) {
        return records.existingMeters(organizationId, rows.stream().map(MeterLoadRow::accountNumber).toList(),
                rows.stream().map(MeterLoadRow::serial).toList());
    }

    @Override
    public void write(long loadId, String organizationId, List<MeterLoadRow> batch, int appliedAfter) {
        records.upsertMeters(loadId, organizationId, batch, appliedAfter);
    }
}
