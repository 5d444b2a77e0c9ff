/** The submission window: the days of the month in which an organization accepts readings, in its own time zone. */
package io.meterhub.cabinet.windows;
