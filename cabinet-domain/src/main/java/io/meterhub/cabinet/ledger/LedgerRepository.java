package io.meterhub.cabinet.ledger;

import io.meterhub.cabinet.common.Tx;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The ledger. Every entry has a natural key (account, service, kind, period, source), so writing the
 * same thing twice changes nothing.
 */
public interface LedgerRepository {
    /**
     * Writes computed charges in one transaction: an entry already made by the same source is
     * replaced with the new amount and lines, so a repeated run leaves the same ledger.
     */
    void replaceCharges(List<NewEntry> entries);

    /**
     * Replaces what one run (one source) charged an organization's accounts for a period: entries
     * computed again keep their ids with the new amounts and lines, entries no longer computed go.
     */
    void replaceRun(String source, java.time.LocalDate period, String organizationId, List<NewEntry> entries);

    /** Writes new entries in one transaction; those whose key exists already are skipped. Returns how many were new. */
    int insertNew(List<NewEntry> entries);

    /** Writes one new entry on the caller's transaction; false when its key exists already. */
    boolean insertNew(Tx tx, NewEntry e);

    List<EntryRow> entries(long accountId, String serviceCode, int limit, long offset);

    long count(long accountId, String serviceCode);

    List<EntryRow> entriesBySource(String source);

    List<ChargeLineRow> lines(long entryId);

    /** Debt per service: charges − payments + adjustments (an adjustment carries its own sign). */
    Map<String, BigDecimal> debtByService(long accountId);
}
