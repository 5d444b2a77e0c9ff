/** Tariffs: the prices per service and zone in force on a day, and the organization's price list. */
package io.meterhub.cabinet.tariffs;
