package io.meterhub.cabinet.organizations;

/**
 * A service the organization bills, and the days of the month its readings are taken when they differ
 * from the organization's window (both null: the organization's window).
 */
public record BilledServiceWindow(String serviceCode, Integer windowFirstDay, Integer windowLastDay) {
}
