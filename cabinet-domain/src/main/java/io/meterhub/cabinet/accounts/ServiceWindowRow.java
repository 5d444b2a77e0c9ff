package io.meterhub.cabinet.accounts;

/** A service's own readings window: from {@code firstDay} to {@code lastDay} of each month (local). */
public record ServiceWindowRow(int firstDay, int lastDay) {
}
