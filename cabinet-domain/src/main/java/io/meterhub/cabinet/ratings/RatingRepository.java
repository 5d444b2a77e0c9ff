package io.meterhub.cabinet.ratings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Ratings of the service, one per rated subject. */
public interface RatingRepository {
    /**
     * Stores the rating unless its subject has one already.
     *
     * @return false when the subject was rated before (also by a concurrent request): the first rating stays
     */
    boolean addOnce(RatingRow rating);

    Optional<RatingRow> of(String subjectKind, long subjectId);

    /** The organization's ratings given from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    List<RatingRow> ofOrganization(String organizationId, Instant from, Instant to);
}
