package io.meterhub.cabinet.customers;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Accounts and customers of a set of organizations, by id after a cursor, for the integration API. A customer is
 * an organization's when it holds one of its accounts; nothing of the accounts it holds elsewhere is read.
 */
public interface CustomerRegistryRepository {
    /**
     * Up to {@code limit} accounts of the organizations with an id above {@code afterId}, by id; only the one of that
     * number when {@code number} is given, only those changed at or after {@code updatedSince} when it is given.
     */
    List<RegistryAccountRow> accountsAfter(List<String> organizationIds, String number, Instant updatedSince, long afterId, int limit);

    Optional<RegistryAccountRow> account(String organizationId, String number);

    /**
     * Up to {@code limit} customers holding an account of the organizations with an id above {@code afterId}, by id; only
     * the holder of an account of that number when given, only those changed at or after {@code updatedSince} when given.
     */
    List<RegistryCustomerRow> customersAfter(List<String> organizationIds, String accountNumber, Instant updatedSince, long afterId, int limit);

    /** The customer, if it holds an account of the organizations; its accounts there. */
    Optional<RegistryCustomerRow> customer(List<String> organizationIds, long customerId);
}
