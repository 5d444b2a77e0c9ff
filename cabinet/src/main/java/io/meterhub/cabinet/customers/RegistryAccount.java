package io.meterhub.cabinet.customers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An account as an integration reads it: by its number in its organization, with its holder's customer id. */
public record RegistryAccount(String organization, String number, long customerId, String address, LocalDate openedOn, List<String> services,
                              Instant updatedAt) {
    public RegistryAccount {
        services = List.copyOf(services);
    }
}
