package io.meterhub.cabinet.payments;

import io.meterhub.cabinet.common.Transactions;

import java.util.List;

/** Customers pay their own accounts: the user must be the login of the account's holder. */
public final class HolderPaymentAccess implements PaymentAccess {
    private final Transactions transactions;
    private final PaymentStore store;

    public HolderPaymentAccess(Transactions transactions, PaymentStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    @Override
    public boolean mayPay(long userId, long accountId) {
        PayableAccount account = transactions.inTransaction(tx -> store.payableAccounts(tx, List.of(accountId)).get(accountId));
        return account != null && account.holderUserId() != null && account.holderUserId() == userId;
    }
}
