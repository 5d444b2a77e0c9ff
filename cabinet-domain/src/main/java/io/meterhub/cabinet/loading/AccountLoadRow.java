package io.meterhub.cabinet.loading;

import java.time.LocalDate;
import java.util.List;

/**
 * An account of a file as it is written: the account by its number in the organization, its holder
 * (a customer) and the services it is charged for.
 *
 * @param openedOn null keeps an existing account's date (a new one opens today)
 * @param pinHash  the BCrypt hash of the receipt's PIN; null keeps the account's PIN
 */
public record AccountLoadRow(String number, String customerKind, String fullName, String address, String phone, String email,
                             List<String> services, LocalDate openedOn, String pinHash) {
    /** Personal data (name, SNILS, passport, phone, email) never goes into a log line through this record. */
    @Override
    public String toString() {
        return "AccountLoadRow[" + number + ", " + customerKind + "]";
    }

    public AccountLoadRow {
        services = List.copyOf(services);
    }
}
