package io.meterhub.cabinet.loading;

import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.loading.LoadKind.Headers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records handed over item by item (by the integration API) instead of in a file, checked by the same rules
 * as a file's rows ({@link FileCheck}, the kind's {@link KindRules}) and the valid ones written by the same
 * upserts. Items name their fields as the API does ({@code fullName}), not by the file's Russian headers.
 * A request is not a file: it leaves no data load in the history, and its audit entry names the request's writer.
 */
public final class ItemLoad {
    /** The items' field names of each kind offered, with the file column each one is. */
    private static final Map<LoadKind, Map<String, String>> FIELDS = Map.of(LoadKind.ACCOUNTS, fields(
            "number", Headers.ACCOUNT, "fullName", Headers.FULL_NAME, "customerKind", Headers.CUSTOMER_KIND, "address", Headers.ADDRESS,
            "phone", Headers.PHONE, "email", Headers.EMAIL, "services", Headers.SERVICES, "openedOn", Headers.OPENED_ON));
    /** No data load stands behind the items: the upserts' progress counter then updates no load (ids start at 1). */
    private static final long NO_LOAD = 0;
    private final LoadedRecordsRepository records;
    private final AuditLog audit;

    public ItemLoad(LoadedRecordsRepository records, AuditLog audit) {
        this.records = records;
        this.audit = audit;
    }

    /**
     * One item's fate: written ({@code problems} empty; {@code created} when its key is new) or refused with
     * every bad field, {@code field} being the item's field name.
     *
     * @param index the item's place in the request, from 0
     * @param key   the item's natural key as written (an account's number)
     */
    public record Outcome(int index, String key, boolean created, List<LoadProblem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks every item and writes the valid ones (in batches, each its own transaction, as a file's apply),
     * and records one audit entry of the request.
     *
     * @param items each item's fields by name; a list's values are joined by commas, dates are ISO or ДД.ММ.ГГГГ
     */
    public List<Outcome> upsert(String organizationId, String actor, LoadKind kind, List<Map<String, String>> items) {
        Map<String, String> fields = FIELDS.get(kind);
        if (fields == null) {
            throw new IllegalArgumentException(kind + " is not offered item by item");
        }
        KindRules<AccountLoadRow> rules = new AccountRules(records, new ServiceNames(records.services()));
        List<String> headers = new ArrayList<>(fields.values());
        CheckedFile<AccountLoadRow> checked = FileCheck.check(kind, rules, organizationId, sink -> {
            sink.row(1, headers);
            for (int i = 0; i < items.size(); i++) {
                Map<String, String> item = items.get(i);
                sink.row(i + 2, fields.keySet().stream().map(f -> item.getOrDefault(f, "")).map(v -> v == null ? "" : v).toList());
            }
        }, done -> { });
        List<AccountLoadRow> valid = checked.valid().stream().map(KindRules.Numbered::row).toList();
        Set<String> existing = rules.existing(organizationId, valid);
        for (int from = 0; from < valid.size(); from += DataLoadService.BATCH) {
            int to = Math.min(valid.size(), from + DataLoadService.BATCH);
            rules.write(NO_LOAD, organizationId, valid.subList(from, to), to);
        }
        Map<Integer, List<LoadProblem>> problems = new LinkedHashMap<>();
        Map<String, String> fieldOfHeader = new LinkedHashMap<>();
        fields.forEach((field, header) -> fieldOfHeader.put(header, field));
        for (LoadProblem p : checked.problems()) {
            String field = fieldOfHeader.getOrDefault(p.field(), p.field());
            problems.computeIfAbsent(p.row() - 2, i -> new ArrayList<>())
                    .add(new LoadProblem(p.row() - 2, field, p.value(), p.problem()));
        }
        List<Outcome> outcomes = new ArrayList<>(items.size());
        int created = 0;
        for (int i = 0; i < items.size(); i++) {
            String key = items.get(i).get(fieldOfHeader.get(rules.keyHeader()));
            List<LoadProblem> bad = problems.getOrDefault(i, List.of());
            boolean fresh = bad.isEmpty() && !existing.contains(key == null ? null : key.strip());
            created += fresh ? 1 : 0;
            outcomes.add(new Outcome(i, key, fresh, bad));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", kind.name());
        after.put("items", items.size());
        after.put("created", created);
        after.put("updated", valid.size() - created);
        after.put("refused", items.size() - valid.size());
        if (!valid.isEmpty()) {
            audit.recordBySystem(actor, organizationId, "load.items", "data_load", kind.name(), null, after, null);
        }
        return outcomes;
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }
}
