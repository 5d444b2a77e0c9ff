package io.meterhub.cabinet.appeals;

/** A grid company one may write to without an account. */
public record GridCompanyRow(String id, String name) {
}
