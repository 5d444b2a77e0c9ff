package io.meterhub.cabinet.customers;

import java.time.Instant;
import java.util.List;

/**
 * A customer (an account holder) as the integration API lists it, with the accounts it holds in the organizations asked
 * about. The personal data is as stored: the service masks it before it leaves.
 */
public record RegistryCustomerRow(long id, String kind, String fullName, String inn, String ogrn, String snils, String passport, String phone,
                                  String email, List<HeldAccount> accounts, Instant updatedAt) {
    /** Personal data (name, SNILS, passport, phone, email) never goes into a log line through this record. */
    @Override
    public String toString() {
        return "RegistryCustomerRow[" + id + ", " + kind + "]";
    }

    public RegistryCustomerRow {
        accounts = List.copyOf(accounts);
    }

    public record HeldAccount(String organizationId, String number) {
    }
}
