package io.meterhub.cabinet.ratings;

import java.time.Instant;

/**
 * A customer's rating of the service as stored.
 *
 * @param subjectKind    APPEAL or VISIT
 * @param employeeUserId who answered the appeal or held the visit, null when nobody is named
 * @param category       the appeal's category or the visit's topic at the time of rating
 */
public record RatingRow(long id, String subjectKind, long subjectId, String organizationId, long customerUserId, Long employeeUserId,
                        String employeeName, String category, int score, String comment, Instant ratedAt) {
}
