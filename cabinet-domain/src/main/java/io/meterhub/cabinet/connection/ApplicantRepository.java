package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.common.Tx;

import java.time.Instant;
import java.util.Optional;

/** Applicants' profiles: the {@code customer} rows with what connection applications need. */
public interface ApplicantRepository {
    Optional<ApplicantRow> byUser(long userId);

    Optional<ApplicantRow> byId(long customerId);

    Optional<ApplicantRow> byUser(Tx tx, long userId);

    /** The id of the new customer row; {@code a.id()} is ignored. */
    long create(Tx tx, ApplicantRow a, Instant at);

    /** Overwrites the profile of {@code a.id()} (the login stays). */
    void update(Tx tx, ApplicantRow a, Instant at);

    void confirmPhone(long customerId, Instant at);
}
