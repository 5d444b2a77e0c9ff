package io.meterhub.cabinet.connectionfee;

/** An organization that has connection fee rates. */
public record FeeOrganizationRow(String id, String name) {
}
