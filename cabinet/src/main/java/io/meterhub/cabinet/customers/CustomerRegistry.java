package io.meterhub.cabinet.customers;

import io.meterhub.cabinet.access.Masking;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.loading.LoadIntegration;
import io.meterhub.cabinet.loading.LoadItems;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Accounts and their holders as an integration (the HTTP API) keeps them: read a page at a time, and written
 * by the data loading's rules for accounts ({@link LoadIntegration}, as the billing exchange's imports), so that a file and the API never disagree on
 * what a valid account is. A customer is written as the holder of an account: a customer is the
 * organization's only through the accounts it holds there.
 */
public final class CustomerRegistry {
    public static final int MAX_BULK = LoadIntegration.MAX_ITEMS;
    /** An account item's fields as a customer item names them. */
    private static final Map<String, String> CUSTOMER_FIELD = Map.of("number", "accountNumber", "customerKind", "kind");
    private final CustomerRegistryRepository directory;
    private final LoadIntegration loads;

    public CustomerRegistry(CustomerRegistryRepository directory, LoadIntegration loads) {
        this.directory = directory;
        this.loads = loads;
    }

    /** Up to {@code limit} accounts of the organizations after the id {@code afterId}; of one number, changed since, when given. */
    public List<Paged<RegistryAccount>> accounts(List<String> organizationIds, String number, Instant updatedSince, long afterId, int limit) {
        return directory.accountsAfter(organizationIds, number, updatedSince, afterId, limit).stream()
                .map(r -> new Paged<>(r.id(), account(r))).toList();
    }

    public Optional<RegistryAccount> account(String organizationId, String number) {
        return directory.account(organizationId, number).map(CustomerRegistry::account);
    }

    /** Up to {@code limit} customers holding accounts of the organizations after the id {@code afterId}, masked. */
    public List<Paged<RegistryCustomer>> customers(List<String> organizationIds, String accountNumber, Instant updatedSince, long afterId,
                                                   int limit) {
        return directory.customersAfter(organizationIds, accountNumber, updatedSince, afterId, limit).stream()
                .map(r -> new Paged<>(r.id(), customer(r))).toList();
    }

    public Optional<RegistryCustomer> customer(List<String> organizationIds, long customerId) {
        return directory.customer(organizationIds, customerId).map(CustomerRegistry::customer);
    }

    /**
     * Registers or updates accounts with their holders by number, as a data load of accounts does.
     *
     * @param accounts each account's fields by the names of {@link LoadItems#ACCOUNTS}: number, fullName, customerKind, address,
     *                 phone, email, services (codes joined by commas), openedOn
     */
    public LoadIntegration.ItemsReport upsertAccounts(String organizationId, String actor, List<Map<String, String>> accounts) {
        requireBulk(accounts.size());
        return loads.loadItems(organizationId, actor, LoadItems.ACCOUNTS, accounts);
    }

    /**
     * Writes the holders of existing accounts: each item is its account again with the address it has, through the
     * same rules, so a customer's details are checked exactly as an account's holder is (services are only ever added
     * by a load, so the account keeps its own). An account the organization does not have is refused: it is made
     * with its address by {@link #upsertAccounts}.
     */
    public LoadIntegration.ItemsReport upsertCustomers(String organizationId, String actor, List<CustomerItem> customers) {
        requireBulk(customers.size());
        List<Map<String, String>> asAccounts = new ArrayList<>();
        List<Integer> indexOf = new ArrayList<>();
        List<LoadIntegration.Refused> refused = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            CustomerItem c = customers.get(i);
            Optional<RegistryAccountRow> account = c.accountNumber() == null ? Optional.empty()
                    : directory.account(organizationId, c.accountNumber().strip());
            if (account.isEmpty()) {
                refused.add(new LoadIntegration.Refused(i, List.of(FieldProblem.of("accountNumber", "load.field.account_unknown"))));
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            fields.put("number", account.get().number());
            fields.put("address", account.get().address());
            fields.put("customerKind", c.kind());
            fields.put("fullName", c.fullName());
            fields.put("phone", c.phone());
            fields.put("email", c.email());
            asAccounts.add(fields);
            indexOf.add(i);
        }
        List<LoadIntegration.Accepted> accepted = new ArrayList<>();
        if (!asAccounts.isEmpty()) {
            LoadIntegration.ItemsReport written = loads.loadItems(organizationId, actor, LoadItems.ACCOUNTS, asAccounts);
            written.accepted().forEach(a -> accepted.add(new LoadIntegration.Accepted(indexOf.get(a.index()), a.key(), false)));
            written.refused().forEach(r -> refused.add(new LoadIntegration.Refused(indexOf.get(r.index()), r.problems().stream()
                    .map(p -> new FieldProblem(CUSTOMER_FIELD.getOrDefault(p.field(), p.field()), p.code(), p.args())).toList())));
        }
        accepted.sort(Comparator.comparingInt(LoadIntegration.Accepted::index));
        refused.sort(Comparator.comparingInt(LoadIntegration.Refused::index));
        return new LoadIntegration.ItemsReport(accepted, refused);
    }

    private static void requireBulk(int size) {
        if (size > MAX_BULK) {
            throw new IllegalArgumentException("at most " + MAX_BULK + " items per call, got " + size);
        }
    }

    /** An item with the id its page is ordered by, for the next page's cursor. */
    public record Paged<T>(long id, T item) {
    }

    private static RegistryAccount account(RegistryAccountRow r) {
        return new RegistryAccount(r.organizationId(), r.number(), r.holderId(), r.address(), r.openedOn(), r.services(), r.updatedAt());
    }

    private static RegistryCustomer customer(RegistryCustomerRow r) {
        return new RegistryCustomer(r.id(), r.kind(), r.fullName(), r.inn() == null ? null : Masking.inn(r.inn()), r.ogrn(),
                r.snils() == null ? null : Masking.snils(r.snils()), r.passport() == null ? null : Masking.passport(r.passport()),
                r.phone() == null ? null : Masking.phone(r.phone()), r.email(),
                r.accounts().stream().map(a -> new RegistryCustomer.Account(a.organizationId(), a.number())).toList(), r.updatedAt());
    }
}
