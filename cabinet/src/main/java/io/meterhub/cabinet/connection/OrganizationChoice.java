package io.meterhub.cabinet.connection;

/** An organization as a choice in a form: a grid company or a supplier (гарантирующий поставщик). */
public record OrganizationChoice(String id, String name) {
}
