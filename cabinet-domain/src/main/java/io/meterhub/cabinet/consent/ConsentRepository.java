package io.meterhub.cabinet.consent;

import io.meterhub.cabinet.common.Tx;

import java.time.Instant;
import java.util.Optional;

/** The acceptances of the consent to personal data processing, one row each. */
public interface ConsentRepository {
    /** Inside the caller's transaction (the sign-up's), so a refused sign-up leaves no acceptance behind. */
    void record(Tx tx, long userId, String version, Instant at, String address);

    /** The user's latest acceptance; empty when they never accepted. */
    Optional<ConsentRow> latest(long userId);
}
