package io.meterhub.cabinet.staff;

/** A guaranteeing supplier a grid company may create logins for. */
public record SupplierChoice(String id, String name) {
}
