package io.meterhub.cabinet.payments;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.accountaccess.AccountRight;

/** Customers pay the accounts they hold, and those delegated to them with payments. */
public final class PolicyPaymentAccess implements PaymentAccess {
    private final AccessPolicy access;

    public PolicyPaymentAccess(AccessPolicy access) {
        this.access = access;
    }

    @Override
    public boolean mayPay(long userId, long accountId) {
        return access.customerMay(userId, accountId, AccountRight.PAYMENTS);
    }
}
