package io.meterhub.api.exchange;

import io.meterhub.api.http.Operation;
import io.meterhub.cabinet.loading.LoadItems;

import java.util.Map;

/** The billing exchange's operations by the contract's operationIds. */
public final class BillingExchange {
    private BillingExchange() {
    }

    public static Map<String, Operation> operations(BillingImports imports, BillingExports exports) {
        return Map.ofEntries(
                Map.entry("importAccounts", imports.items(LoadItems.ACCOUNTS)),
                Map.entry("importServices", imports.items(LoadItems.SERVICES)),
                Map.entry("importCharges", imports.items(LoadItems.CHARGES)),
                Map.entry("importDebts", imports.items(LoadItems.DEBTS)),
                Map.entry("importPayments", imports.items(LoadItems.PAYMENTS)),
                Map.entry("importBillingFile", imports::file),
                Map.entry("exportSubmittedReadings", exports::readings),
                Map.entry("exportPayments", exports::payments),
                Map.entry("exportApplications", exports::applications),
                Map.entry("exportThefts", exports::thefts));
    }
}
