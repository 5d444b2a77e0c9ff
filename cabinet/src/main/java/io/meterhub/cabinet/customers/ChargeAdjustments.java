package io.meterhub.cabinet.customers;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.ledger.LedgerRepository;
import io.meterhub.cabinet.ledger.NewEntry;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Posts an ADJUSTMENT entry and its audit entry, for a correction posted at once and for a write-off once approved. */
final class ChargeAdjustments {
    private final LedgerRepository ledger;
    private final AuditLog audit;

    ChargeAdjustments(LedgerRepository ledger, AuditLog audit) {
        this.ledger = ledger;
        this.audit = audit;
    }

    /** Call inside {@link AuditLog#atomically}; {@code amount} in kopecks. */
    void post(Viewer viewer, long accountId, String accountNumber, String serviceCode, YearMonth period, BigDecimal amount, String description,
              String source, String action, String reason) {
        ledger.insertNew(List.of(new NewEntry(accountId, serviceCode, "ADJUSTMENT", period.atDay(1), amount, description, source, List.of())));
        audit.record(viewer, viewer.organizationId(), action, "account", String.valueOf(accountId), null,
                fields(accountNumber, serviceCode, period, amount, description, source), reason);
    }

    /** The audit's picture of a correction. */
    static Map<String, Object> fields(String accountNumber, String serviceCode, YearMonth period, BigDecimal amount, String description,
                                      String source) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("account", accountNumber);
        after.put("service", serviceCode);
        after.put("period", period.toString());
        after.put("amount", amount.toPlainString());
        after.put("description", description);
        if (source != null) {
            after.put("source", source);
        }
        return after;
    }
}
