package io.meterhub.cabinet.payments;

import io.meterhub.cabinet.common.Tx;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SQL of payments, allocations, callbacks and the PAYMENT entries of the ledger. Every method takes
 * the caller's transaction so that a callback is handled in one.
 */
public interface PaymentStore {
    Optional<PaymentRecord> findByIdempotencyKey(Tx tx, String key);

    Optional<PaymentRecord> findById(Tx tx, long id);

    /** Locks the payment for the rest of the transaction. */
    Optional<PaymentRecord> lockByProviderPaymentId(Tx tx, String provider, String providerPaymentId);

    /** Locks the payment for the rest of the transaction. */
    Optional<PaymentRecord> lockByIdempotencyKey(Tx tx, String provider, String key);

    /** Inserts a PENDING payment; empty when the idempotency key is taken already (by a concurrent start). */
    Optional<PaymentRecord> insertPending(Tx tx, String key, long userId, String provider, BigDecimal amount);

    void insertAllocations(Tx tx, long paymentId, List<AllocationRecord> allocations);

    List<AllocationRecord> allocations(Tx tx, long paymentId);

    /** Sets the provider's id once; returns false when another id is there already. */
    boolean setProviderPaymentId(Tx tx, long paymentId, String providerPaymentId);

    /** Moves a PENDING payment to its final status; false when it was not PENDING. */
    boolean complete(Tx tx, long paymentId, String status, Instant at);

    long recordCallback(Tx tx, String provider, String payload, String signature, String outcome);

    /** The accounts by id, with their organizations and holders' users; unknown ids are left out. */
    Map<Long, PayableAccount> payableAccounts(Tx tx, Collection<Long> accountIds);

    /**
     * Whether the account is charged for the service: it is among the account's services, or the
     * ledger already has entries of it for the account.
     */
    boolean accountHasService(Tx tx, long accountId, String serviceCode);

    /** The time zone of each organization, for the month a payment belongs to. */
    Map<String, ZoneId> organizationZones(Tx tx, Collection<String> organizationIds);

    /**
     * Posts one PAYMENT entry to the ledger; the unique source makes it happen once. Returns false
     * when the entry was there already.
     */
    boolean insertPaymentEntry(Tx tx, long accountId, String serviceCode, LocalDate period,
                                      BigDecimal amount, String description, String source);
}
