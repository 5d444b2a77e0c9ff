package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.common.Tx;

import java.time.Instant;
import java.util.Optional;

/** The customer's confirmation of a paper application staff registered for them. */
public interface PaperConfirmationRepository {
    void request(Tx tx, long applicationId, long requestedBy, Instant at);

    /** Empty when the application needs no confirmation (filed by its applicant, or for a new applicant without a login). */
    Optional<PaperConfirmationRow> of(long applicationId);

    /** @return false when it was confirmed already or needs none */
    boolean confirm(long applicationId, Instant at);
}
