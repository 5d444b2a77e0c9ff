package io.meterhub.cabinet.coverage;

/** A grid company by its id and name, as a visitor chooses it. */
public record GridCompanyRow(String id, String name) {
}
