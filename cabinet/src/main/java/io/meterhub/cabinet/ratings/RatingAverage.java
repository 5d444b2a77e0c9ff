package io.meterhub.cabinet.ratings;

import java.math.BigDecimal;

/**
 * The mean score of a group of ratings.
 *
 * @param group   the month ({@code 2026-11}), the category's name or the employee's name, as the grouping says
 * @param average to two decimals, half up
 */
public record RatingAverage(String group, int count, BigDecimal average) {
}
