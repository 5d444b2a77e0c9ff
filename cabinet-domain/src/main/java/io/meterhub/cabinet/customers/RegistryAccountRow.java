package io.meterhub.cabinet.customers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An account as the integration API lists it: its number in its organization, its holder, address, services and last change. */
public record RegistryAccountRow(long id, String organizationId, String number, long holderId, String address, LocalDate openedOn,
                                 List<String> services, Instant updatedAt) {
    public RegistryAccountRow {
        services = List.copyOf(services);
    }
}
