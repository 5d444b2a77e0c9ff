package io.meterhub.cabinet.loading;

import io.meterhub.cabinet.loading.LoadKind.Headers;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Debts and charges (задолженность, начисления): a ledger entry of an account's service for a month. An
 * opening debt or a correction is an ADJUSTMENT, a charge made elsewhere a CHARGE; loading the same
 * account, service, month and kind again replaces the amount instead of adding it twice.
 */
final class BalanceRules implements KindRules<BalanceLoadRow> {
    private static final Map<String, String> KINDS = Map.of("задолженность", "ADJUSTMENT", "долг", "ADJUSTMENT", "корректировка", "ADJUSTMENT",
            "adjustment", "ADJUSTMENT", "начисление", "CHARGE", "charge", "CHARGE");
    private final LoadedRecordsRepository records;
    private final ServiceNames services;

    BalanceRules(LoadedRecordsRepository records, ServiceNames services) {
        this.records = records;
        this.services = services;
    }

    @Override
    public BalanceLoadRow parse(Cells cells) {
        String account = cells.text(Headers.ACCOUNT, true, 32);
        String serviceText = cells.text(Headers.SERVICE, true, 100);
        String service = serviceText == null ? null : services.code(serviceText);
        if (serviceText != null && service == null) {
            cells.problem(Headers.SERVICE, "load.field.service_unknown", serviceText);
        }
        YearMonth period = cells.month(Headers.PERIOD, true);
        BigDecimal amount = cells.decimal(Headers.AMOUNT, true, 2, true);
        String kindText = cells.text(Headers.ENTRY_KIND, false, 50);
        String kind = kindText == null ? "ADJUSTMENT" : KINDS.get(Column.normalized(kindText));
        if (kind == null) {
            cells.problem(Headers.ENTRY_KIND, "load.field.entry_kind");
        }
        if (amount != null && "CHARGE".equals(kind) && amount.signum() < 0) {
            cells.problem(Headers.AMOUNT, "load.field.negative");
        }
        return cells.bad() ? null : new BalanceLoadRow(account, service, period.atDay(1), kind, amount);
    }

    @Override
    public String key(BalanceLoadRow row) {
        return row.accountNumber() + "\n" + row.service() + "\n" + row.period() + "\n" + row.kind();
    }

    @Override
    public String keyHeader() {
        return Headers.PERIOD;
    }

    @Override
    public List<Numbered<BalanceLoadRow>> against(String organizationId, List<Numbered<BalanceLoadRow>> rows, List<LoadProblem> problems) {
        return KnownAccounts.keep(records, organizationId, rows, BalanceLoadRow::accountNumber, problems);
    }

    @Override
    public Set<String> existing(String organizationId, List<BalanceLoadRow> rows) {
        return records.existingBalances(organizationId, rows);
    }

    @Override
    public void write(long loadId, String organizationId, List<BalanceLoadRow> batch, int appliedAfter) {
        records.upsertBalances(loadId, organizationId, batch, appliedAfter);
    }
}
