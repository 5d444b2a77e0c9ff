/**
 * Ratings of the service (оценка качества обслуживания): after an appeal is answered or a visit is held, its customer
 * rates it 1 to 5 with a comment, once; the staff of the appeals module see the averages per month, category and
 * employee.
 */
package io.meterhub.cabinet.ratings;
