package io.meterhub.cabinet.payments;

import io.meterhub.storage.cabinet.payments.PaymentStore;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/** Posts PAYMENT entries straight into {@code ledger_entry}; a second post of the same source does nothing. */
public final class JdbcPaymentLedger implements PaymentLedger {
    private final PaymentStore store;

    public JdbcPaymentLedger(PaymentStore store) {
        this.store = store;
    }

    @Override
    public void postPayment(Connection transaction, long accountId, String serviceCode, LocalDate period, BigDecimal amount,
                            String description, String source) throws SQLException {
        store.insertPaymentEntry(transaction, accountId, serviceCode, period, amount, description, source);
    }
}
