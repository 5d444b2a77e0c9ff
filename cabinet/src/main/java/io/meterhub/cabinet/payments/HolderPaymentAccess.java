package io.meterhub.cabinet.payments;

import io.meterhub.storage.cabinet.payments.PayableAccount;
import io.meterhub.storage.cabinet.payments.PaymentStore;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Customers pay their own accounts: the user must be the login of the account's holder. */
public final class HolderPaymentAccess implements PaymentAccess {
    private final DataSource dataSource;
    private final PaymentStore store;

    public HolderPaymentAccess(DataSource dataSource, PaymentStore store) {
        this.dataSource = dataSource;
        this.store = store;
    }

    @Override
    public boolean mayPay(long userId, long accountId) {
        try (Connection connection = dataSource.getConnection()) {
            PayableAccount account = store.payableAccounts(connection, List.of(accountId)).get(accountId);
            return account != null && account.holderUserId() != null && account.holderUserId() == userId;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read account " + accountId + ": " + e.getMessage(), e);
        }
    }
}
