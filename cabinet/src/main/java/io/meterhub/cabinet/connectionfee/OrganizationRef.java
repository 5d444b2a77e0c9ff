package io.meterhub.cabinet.connectionfee;

/** An organization as a choice in a list. */
public record OrganizationRef(String id, String name) {
}
