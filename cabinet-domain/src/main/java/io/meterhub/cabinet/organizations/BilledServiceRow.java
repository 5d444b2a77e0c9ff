package io.meterhub.cabinet.organizations;

/** A service an organization bills; the window days are null where the organization's own window holds. */
public record BilledServiceRow(String serviceCode, Integer windowFirstDay, Integer windowLastDay) {
}
