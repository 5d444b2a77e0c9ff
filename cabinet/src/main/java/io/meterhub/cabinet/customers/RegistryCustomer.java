package io.meterhub.cabinet.customers;

import java.time.Instant;
import java.util.List;

/**
 * A customer as an integration reads it: SNILS, passport and phone masked as the control panel shows them
 * ({@link io.meterhub.cabinet.access.Masking}), an individual's INN too; the accounts it holds in the organizations asked about.
 */
public record RegistryCustomer(long id, String kind, String fullName, String inn, String ogrn, String snils, String passport, String phone,
                               String email, List<Account> accounts, Instant updatedAt) {
    /** Personal data (name, SNILS, passport, phone, email) never goes into a log line through this record. */
    @Override
    public String toString() {
        return "RegistryCustomer[" + id + ", " + kind + "]";
    }

    public RegistryCustomer {
        accounts = List.copyOf(accounts);
    }

    public record Account(String organization, String number) {
    }
}
