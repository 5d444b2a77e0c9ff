package io.meterhub.cabinet.payments;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Where a succeeded payment is posted. Stands for the ledger package's {@code LedgerService.postPayment}
 * (being written at the same time); it must write on the given connection, inside the callback's
 * transaction, and post at most one entry per source.
 */
@FunctionalInterface
public interface PaymentLedger {
    /**
     * Posts one PAYMENT entry (a positive amount that lowers the debt).
     *
     * @param period the month it belongs to (its first day)
     * @param source {@code payment:<id>}: the entry is unique per account, service, period and source
     */
    void postPayment(Connection transaction, long accountId, String serviceCode, LocalDate period, BigDecimal amount,
                     String description, String source) throws SQLException;
}
