/** Consumption charts of a meter: hours of a day, days of a month, months of a year, beside the previous period. */
package io.meterhub.cabinet.consumption;
