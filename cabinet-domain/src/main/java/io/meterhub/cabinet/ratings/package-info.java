/** Ratings of the service (оценка качества обслуживания): ports and rows. */
package io.meterhub.cabinet.ratings;
