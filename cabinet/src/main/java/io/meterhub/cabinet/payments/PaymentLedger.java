package io.meterhub.cabinet.payments;

import io.meterhub.cabinet.common.Tx;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where a succeeded payment is posted: the ledger package's {@code LedgerService.postPayment} plugs in
 * ({@code PaymentStore.insertPaymentEntry} does too, straight into {@code ledger_entry}). It must write
 * in the given transaction, the callback's, and post at most one entry per source.
 */
@FunctionalInterface
public interface PaymentLedger {
    /**
     * Posts one PAYMENT entry (a positive amount that lowers the debt).
     *
     * @param period the month it belongs to (its first day)
     * @param source {@code payment:<id>}: the entry is unique per account, service, period and source
     */
    void postPayment(Tx transaction, long accountId, String serviceCode, LocalDate period, BigDecimal amount,
                     String description, String source);
}
