package io.meterhub.cabinet.loading;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** How one kind of file is checked and written: a row's fields, its key in the file, the checks against the database, the upsert. */
interface KindRules<T> {
    /** The row's value, or null when a field is bad (the problems are in the cells). */
    T parse(Cells cells);

    /** The natural key of a row: two rows of a file with the same key are one too many. */
    String key(T row);

    String keyHeader();

    /** Adds the problems rows have against the database (an unknown account, say); answers the rows that remain valid. */
    List<Numbered<T>> against(String organizationId, List<Numbered<T>> rows, List<LoadProblem> problems);

    /** The keys among these rows that exist already (the rest are new). */
    Set<String> existing(String organizationId, List<T> rows);

    void write(long loadId, String organizationId, List<T> batch, int appliedAfter);

    /** Writes the rows in batches, each its own transaction that also advances the load's applied rows. */
    default void writeInBatches(long loadId, String organizationId, List<T> rows) {
        for (int from = 0; from < rows.size(); from += DataLoadService.BATCH) {
            int to = Math.min(rows.size(), from + DataLoadService.BATCH);
            write(loadId, organizationId, rows.subList(from, to), to);
        }
    }

    /** The rules of a kind, the same for the control panel's files and the integration API's items. */
    static KindRules<?> of(LoadKind kind, LoadedRecordsRepository records, LocalDate today) {
        ServiceNames services = new ServiceNames(records.services());
        return switch (kind) {
            case ACCOUNTS -> new AccountRules(records, services);
            case METERS -> new MeterRules(records, services);
            case READINGS -> new ReadingRules(records, today);
            case BALANCES -> new BalanceRules(records, services);
            case SERVICES -> new ServiceRules(records, services);
            case PAYMENTS -> new PaymentRules(records, services, today);
        };
    }

    record Numbered<T>(int rowNo, T row) {
    }
}
