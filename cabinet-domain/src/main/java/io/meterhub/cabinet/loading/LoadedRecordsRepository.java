package io.meterhub.cabinet.loading;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a load writes: accounts with their holders and services, meters on accounts. Each batch is one
 * transaction of a few set-based statements (arrays through {@code unnest}), an upsert by the natural
 * keys (account by organization and number, meter by account and serial), and it advances the load's
 * count of applied rows in the same transaction, so the progress read is what is committed.
 */
public interface LoadedRecordsRepository {
    /** The numbers among these that are accounts of the organization. */
    Set<String> existingAccounts(String organizationId, List<String> numbers);

    /** The (account number, serial) pairs among these that are meters of the organization, as {@code number + '\n' + serial}. */
    Set<String> existingMeters(String organizationId, List<String> accountNumbers, List<String> serials);

    /** The telemetry meter ids among these that are registered for the organization. */
    Set<String> telemetryMeters(String organizationId, List<String> ids);

    /** Service codes with their Russian names and whether they are metered. */
    Map<String, ServiceName> services();

    record ServiceName(String code, String nameRu, boolean metered) {
    }

    /** Upserts one batch of accounts and sets the load's applied rows to {@code appliedAfter}, in one transaction. */
    void upsertAccounts(long loadId, String organizationId, List<AccountLoadRow> batch, int appliedAfter);

    /** Upserts one batch of meters (on accounts that exist) and sets the load's applied rows, in one transaction. */
    void upsertMeters(long loadId, String organizationId, List<MeterLoadRow> batch, int appliedAfter);

    /** The meters (not removed) among these (account number, serial) pairs, keyed {@code number + '\n' + serial}. */
    Map<String, MeterShape> meterShapes(String organizationId, List<String> accountNumbers, List<String> serials);

    /** The readings among these that exist (accepted, same meter, zone and day), keyed {@code number \n serial \n zone \n day}. */
    Set<String> existingReadings(String organizationId, List<ReadingLoadRow> rows);

    /**
     * Writes one batch of readings as accepted ones submitted by the load's applier: a reading of the same
     * meter, zone and day that was accepted already takes the file's value, any other is added.
     */
    void upsertReadings(long loadId, String organizationId, List<ReadingLoadRow> batch, int appliedAfter);

    /** The entries among these that a load wrote already, keyed {@code number \n service \n period \n kind}. */
    Set<String> existingBalances(String organizationId, List<BalanceLoadRow> rows);

    /** Writes one batch of debts and charges into the ledger: an entry of the same account, service, month and kind takes the file's amount. */
    void upsertBalances(long loadId, String organizationId, List<BalanceLoadRow> batch, int appliedAfter);

    /** The accounts' services among these that are charged already, keyed {@code number \n service}. */
    Set<String> existingAccountServices(String organizationId, List<ServiceLoadRow> rows);

    /** Connects and disconnects one batch of accounts' services. */
    void setAccountServices(long loadId, String organizationId, List<ServiceLoadRow> batch, int appliedAfter);

    /** The payment documents among these that a load wrote already, each with whom it paid: {@code account number \n service}. */
    Map<String, String> paymentDocuments(String organizationId, List<String> documents);

    /**
     * Writes one batch of payments into the ledger, one PAYMENT entry per account, service and document in the month of
     * the payment; a document loaded again takes the file's amount and date.
     */
    void upsertPayments(long loadId, String organizationId, List<PaymentLoadRow> batch, int appliedAfter);
}
