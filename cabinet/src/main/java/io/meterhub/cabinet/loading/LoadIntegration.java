package io.meterhub.cabinet.loading;

import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.FieldProblem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Data loading as an integration (the HTTP API, a 1C exchange) sees it: the caller has checked its key's
 * scopes, so there is no staff viewer, and the load is checked and written at once rather than previewed.
 * The rules are the control panel's, row for row ({@link KindRules}); the valid rows are written by
 * their natural keys, so a load sent again changes nothing, and each call is one entry of the audit log
 * under the key's name.
 */
public final class LoadIntegration {
    public static final int MAX_ITEMS = 10_000;
    /** An integration's load keeps no data_load row: the upserts' progress update then touches nothing. */
    private static final long NO_LOAD = 0;
    private final LoadedRecordsRepository records;
    private final AuditLog audit;
    private final Clock clock;

    public LoadIntegration(LoadedRecordsRepository records, AuditLog audit, Clock clock) {
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** An item accepted and written: {@code created} when its natural key was new. */
    public record Accepted(int index, String key, boolean created) {
    }

    /** An item refused, each bad field named by the item's field name. */
    public record Refused(int index, List<FieldProblem> problems) {
    }

    public record ItemsReport(List<Accepted> accepted, List<Refused> refused) {
    }

    /** What the control panel shows of a checked and applied file. */
    public record FileReport(int rowsTotal, int rowsValid, int rowsBad, int rowsNew, int rowsUpdated, int rowsApplied, List<LoadProblem> problems) {
    }

    /**
     * Checks each item by the rules of the control panel's file of its kind and writes the valid ones; an item
     * is numbered by its index, and a bad item costs the others nothing.
     *
     * @param items each item's fields ({@link LoadItems#fields()}) as text, as a file's cells are
     * @param actor who loads, as the audit log shows it ({@code api-key:<id>})
     */
    public ItemsReport loadItems(String organizationId, String actor, LoadItems kind, List<Map<String, String>> items) {
        if (items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("at most " + MAX_ITEMS + " items per call, got " + items.size());
        }
        Consumer<TableSink> table = sink -> {
            sink.row(-1, kind.header());
            for (int i = 0; i < items.size(); i++) {
                sink.row(i, kind.row(items.get(i)));
            }
        };
        Applied<?> applied = apply(organizationId, actor, kind.kind(), table, "load.api." + kind.name().toLowerCase(java.util.Locale.ROOT));
        Map<Integer, List<FieldProblem>> problems = applied.file.problems().stream().collect(Collectors.groupingBy(LoadProblem::row,
                LinkedHashMap::new, Collectors.mapping(p -> FieldProblem.of(kind.field(p.field()), p.problem().code(),
                        p.problem().args().toArray()), Collectors.toList())));
        List<Refused> refused = problems.entrySet().stream().map(e -> new Refused(e.getKey(), e.getValue())).toList();
        return new ItemsReport(applied.accepted(), refused);
    }

    /** Checks a file of the control panel's template (CSV or XLSX, by its content) and writes its valid rows. */
    public FileReport loadFile(String organizationId, String actor, LoadKind kind, byte[] content) {
        CheckedFile<?> file = apply(organizationId, actor, kind, sink -> FileCheck.read(content, sink), "load.api.file").file;
        return new FileReport(file.total(), file.valid().size(), file.bad(), file.fresh(), file.updated(), file.valid().size(), file.problems());
    }

    private <T> Applied<T> apply(String organizationId, String actor, LoadKind kind, Consumer<TableSink> table, String action) {
        @SuppressWarnings("unchecked")
        KindRules<T> rules = (KindRules<T>) KindRules.of(kind, records, LocalDate.now(clock));
        CheckedFile<T> file = FileCheck.check(kind, rules, organizationId, table, done -> { });
        List<T> valid = file.valid().stream().map(KindRules.Numbered::row).toList();
        rules.writeInBatches(NO_LOAD, organizationId, valid);
        audit.recordBySystem(actor, organizationId, action, "data_load", kind.name(), null, file.applied(kind, null), null);
        return new Applied<>(rules, file);
    }

    private record Applied<T>(KindRules<T> rules, CheckedFile<T> file) {
        List<Accepted> accepted() {
            List<Accepted> accepted = new ArrayList<>(file.valid().size());
            for (KindRules.Numbered<T> row : file.valid()) {
                accepted.add(new Accepted(row.rowNo(), rules.key(row.row()).replace('\n', '/'), file.newRows().contains(row.rowNo())));
            }
            return accepted;
        }
    }
}
