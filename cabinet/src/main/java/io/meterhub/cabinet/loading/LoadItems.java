package io.meterhub.cabinet.loading;

import io.meterhub.cabinet.loading.LoadKind.Headers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an integration loads item by item (the API's JSON imports): the control panel's kind whose rules
 * check it, the item's fields by the file column each one fills, and the columns the kind fixes (charges
 * and debts are the panel's one file of balances, told apart by its «Вид записи»).
 */
public enum LoadItems {
    ACCOUNTS(LoadKind.ACCOUNTS, Map.of(), "number", Headers.ACCOUNT, "fullName", Headers.FULL_NAME, "customerKind", Headers.CUSTOMER_KIND,
            "address", Headers.ADDRESS, "phone", Headers.PHONE, "email", Headers.EMAIL, "services", Headers.SERVICES, "openedOn", Headers.OPENED_ON),
    SERVICES(LoadKind.SERVICES, Map.of(), "account", Headers.ACCOUNT, "service", Headers.SERVICE, "action", Headers.ACTION),
    CHARGES(LoadKind.BALANCES, Map.of(Headers.ENTRY_KIND, "charge"), "account", Headers.ACCOUNT, "service", Headers.SERVICE,
            "period", Headers.PERIOD, "amount", Headers.AMOUNT),
    DEBTS(LoadKind.BALANCES, Map.of(Headers.ENTRY_KIND, "adjustment"), "account", Headers.ACCOUNT, "service", Headers.SERVICE,
            "period", Headers.PERIOD, "amount", Headers.AMOUNT),
    PAYMENTS(LoadKind.PAYMENTS, Map.of(), "account", Headers.ACCOUNT, "service", Headers.SERVICE, "paidOn", Headers.PAID_ON,
            "amount", Headers.AMOUNT, "externalId", Headers.DOCUMENT);

    private final LoadKind kind;
    private final Map<String, String> fixed;
    private final Map<String, String> columnOfField = new LinkedHashMap<>();
    private final Map<String, String> fieldOfColumn = new LinkedHashMap<>();

    LoadItems(LoadKind kind, Map<String, String> fixed, String... fieldsAndColumns) {
        this.kind = kind;
        this.fixed = fixed;
        for (int i = 0; i < fieldsAndColumns.length; i += 2) {
            columnOfField.put(fieldsAndColumns[i], fieldsAndColumns[i + 1]);
            fieldOfColumn.put(fieldsAndColumns[i + 1], fieldsAndColumns[i]);
        }
    }

    LoadKind kind() {
        return kind;
    }

    /** The item's field names, in the order of the kind's columns. */
    public java.util.Set<String> fields() {
        return Collections.unmodifiableSet(columnOfField.keySet());
    }

    /** The item as the row of a file: the kind's headers, and each one's value (the fixed ones, the item's, or empty). */
    java.util.List<String> row(Map<String, String> item) {
        return kind.columns().stream().map(c -> {
            String fixedValue = fixed.get(c.header());
            if (fixedValue != null) {
                return fixedValue;
            }
            String field = fieldOfColumn.get(c.header());
            String value = field == null ? null : item.get(field);
            return value == null ? "" : value;
        }).toList();
    }

    java.util.List<String> header() {
        return kind.columns().stream().map(Column::header).toList();
    }

    /** The item's field a column's problem is about. */
    String field(String header) {
        return fieldOfColumn.getOrDefault(header, header);
    }
}
