package io.meterhub.cabinet.ratings;

import java.time.Instant;

/** A rating as its customer sees it. */
public record Rating(int score, String comment, Instant ratedAt) {
    static Rating of(RatingRow row) {
        return new Rating(row.score(), row.comment(), row.ratedAt());
    }
}
