package io.meterhub.api.registry;

import io.meterhub.api.http.ActingFor;
import com.fasterxml.jackson.databind.JsonNode;
import io.meterhub.api.http.Answer;
import io.meterhub.api.http.ApiRequest;
import io.meterhub.api.http.Cursor;
import io.meterhub.api.problem.FieldError;
import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;
import io.meterhub.cabinet.customers.CustomerItem;
import io.meterhub.cabinet.customers.CustomerRegistry;
import io.meterhub.cabinet.customers.RegistryAccount;
import io.meterhub.cabinet.customers.RegistryCustomer;
import io.meterhub.cabinet.loading.LoadIntegration;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Accounts ({@code /api/v1/accounts}) and their holders ({@code /api/v1/customers}): pages, one by its key, and bulk
 * upserts by the data loading's rules for accounts (the same checks as a file of accounts). A customer's SNILS,
 * passport, phone and an individual's INN are masked in every answer, whatever the key's scopes.
 */
public final class AccountOperations {
    private static final String ACCOUNT_CURSOR = "a1:";
    private static final String CUSTOMER_CURSOR = "p1:";
    private final CustomerRegistry registry;

    public AccountOperations(CustomerRegistry registry) {
        this.registry = registry;
    }

    public Answer listAccounts(ApiRequest request) {
        int limit = Page.limit(request);
        long after = request.query("cursor").map(c -> afterId(ACCOUNT_CURSOR, c)).orElse(0L);
        var accounts = registry.accounts(ActingFor.listed(request), request.query("number").orElse(null), updatedSince(request), after, limit + 1);
        return Answer.json(200, Page.of(accounts, limit, CustomerRegistry.Paged::item, a -> Long.toString(a.id()), ACCOUNT_CURSOR));
    }

    public Answer getAccount(ApiRequest request) {
        String number = request.query("number").orElseThrow();
        RegistryAccount account = registry.account(ActingFor.one(request), number)
                .orElseThrow(() -> new ProblemException(Problems.notFound("/api/v1/accounts/" + number)));
        return Answer.json(200, account);
    }

    public Answer listCustomers(ApiRequest request) {
        int limit = Page.limit(request);
        long after = request.query("cursor").map(c -> afterId(CUSTOMER_CURSOR, c)).orElse(0L);
        var customers = registry.customers(ActingFor.listed(request), request.query("accountNumber").orElse(null), updatedSince(request), after,
                limit + 1);
        return Answer.json(200, Page.of(customers, limit, CustomerRegistry.Paged::item, c -> Long.toString(c.id()), CUSTOMER_CURSOR));
    }

    public Answer getCustomer(ApiRequest request) {
        String id = request.query("id").orElseThrow();
        RegistryCustomer customer = registry.customer(request.caller().organizations(), Long.parseLong(id))
                .orElseThrow(() -> new ProblemException(Problems.notFound("/api/v1/customers/" + id)));
        return Answer.json(200, customer);
    }

    public Answer upsertAccounts(ApiRequest request) throws IOException {
        return upsert(request, "number", item -> {
            Map<String, String> fields = new HashMap<>();
            for (String field : List.of("number", "fullName", "customerKind", "address", "phone", "email", "openedOn")) {
                fields.put(field, ItemFields.text(item, field));
            }
            JsonNode services = item.get("services");
            if (services != null && services.isArray()) {
                List<String> codes = new ArrayList<>();
                services.forEach(s -> codes.add(s.asText()));
                fields.put("services", String.join(",", codes));
            }
            return fields;
        }, fields -> fields.get("number"), registry::upsertAccounts);
    }

    public Answer upsertCustomers(ApiRequest request) throws IOException {
        return upsert(request, "accountNumber", item -> new CustomerItem(ItemFields.text(item, "accountNumber"), ItemFields.text(item, "kind"),
                ItemFields.text(item, "fullName"), ItemFields.text(item, "phone"), ItemFields.text(item, "email")),
                CustomerItem::accountNumber, registry::upsertCustomers);
    }

    /** Writes one organization's items by the data loading's rules. */
    private interface Loader<F> {
        LoadIntegration.ItemsReport load(String organization, String actor, List<F> items);
    }

    private static <F> Answer upsert(ApiRequest request, String keyField, Function<JsonNode, F> form, Function<F, String> key, Loader<F> loader)
            throws IOException {
        var result = BulkUpsert.run(request, keyField, (item, at, errors) -> form.apply(item), (organization, actor, forms, indexes) -> {
            LoadIntegration.ItemsReport report = loader.load(organization, actor, forms);
            List<BulkUpsert.Fate<BulkAnswer.Accepted>> fates = new ArrayList<>();
            report.accepted().forEach(a -> fates.add(BulkUpsert.Fate.accepted(new BulkAnswer.Accepted(indexes.get(a.index()),
                    key.apply(forms.get(a.index())), a.created() ? "created" : "updated"))));
            report.refused().forEach(r -> {
                int index = indexes.get(r.index());
                fates.add(BulkUpsert.Fate.refused(index, key.apply(forms.get(r.index())), MeterOperations.errors("#/items/" + index, r.problems())));
            });
            return fates;
        }, BulkAnswer.Accepted::index);
        return Answer.json(200, new BulkAnswer(result.accepted(), result.refused()));
    }

    /** The numeric id after which a page of accounts or customers starts. */
    private static long afterId(String prefix, String cursor) {
        try {
            return Long.parseLong(Cursor.lastKey(prefix, cursor));
        } catch (NumberFormatException e) {
            throw Cursor.invalid();
        }
    }

    private static Instant updatedSince(ApiRequest request) {
        return request.query("updatedSince").map(text -> {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new ProblemException(Problems.invalid("updatedSince is not a time", List.of(FieldError.parameter("updatedSince",
                        "\"" + text + "\" is not a time of the form 2026-11-23T10:15:00Z"))));
            }
        }).orElse(null);
    }
}
