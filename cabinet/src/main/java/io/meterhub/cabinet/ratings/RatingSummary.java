package io.meterhub.cabinet.ratings;

import java.util.List;

/**
 * The averages of a period: every month of it (empty ones with count 0 and no average), each category and each
 * employee that was rated.
 */
public record RatingSummary(List<RatingAverage> byMonth, List<RatingAverage> byCategory, List<RatingAverage> byEmployee, RatingAverage overall) {
}
