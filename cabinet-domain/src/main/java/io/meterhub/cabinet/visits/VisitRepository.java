package io.meterhub.cabinet.visits;

import io.meterhub.cabinet.common.Tx;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Visits and the per-slot counters that keep a slot within its capacity. */
public interface VisitRepository {
    /**
     * Takes one place of the slot if fewer than {@code capacity} are taken; false when it is full. Concurrent takers queue on
     * the slot's row until the transaction ends, so no more than {@code capacity} ever succeed.
     */
    boolean takePlace(Tx tx, long officeId, Instant startsAt, int capacity);

    /** Gives back a place taken by a visit that is cancelled or moved. */
    void releasePlace(Tx tx, long officeId, Instant startsAt);

    /** The places taken per slot start in [from, to). */
    Map<Instant, Integer> taken(long officeId, Instant from, Instant to);

    long create(Tx tx, long officeId, long customerUserId, long accountId, String topic, Instant startsAt, Instant endsAt, Instant bookedAt);

    Optional<VisitRow> byId(long id);

    /** The visit locked for the rest of the transaction. */
    Optional<VisitRow> lock(Tx tx, long id);

    /** A new time for the visit; its reminder is due again. */
    void move(Tx tx, long id, Instant startsAt, Instant endsAt);

    /** A new status; {@code at} goes to the column of that status (cancelled_at, held_at, missed_at). */
    void mark(Tx tx, long id, String status, Instant at, Long byUserId);

    /** The customer's visits, the latest first. */
    List<VisitRow> ofCustomer(long customerUserId);

    /** An office's visits starting in [from, to), earliest first, cancelled ones too. */
    List<VisitRow> ofOffice(long officeId, Instant from, Instant to);

    /** Booked visits not yet reminded, starting in [from, to). */
    List<VisitRow> unreminded(Instant from, Instant to);

    /** Sets reminded_at unless it is set already; true when this call set it. */
    boolean markReminded(long id, Instant at);
}
