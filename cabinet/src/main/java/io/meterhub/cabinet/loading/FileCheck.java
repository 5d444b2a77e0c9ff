package io.meterhub.cabinet.loading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Reads a file whole and checks every row before anything is written: the header (row 1) names the
 * columns, each data row is parsed field by field, a key seen twice is refused at its second row, and
 * the rows left are checked against the database.
 */
final class FileCheck {
    private static final int PROGRESS_EVERY = 5_000;

    private FileCheck() {
    }

    static <T> CheckedFile<T> check(LoadKind kind, KindRules<T> rules, String organizationId, byte[] content, IntConsumer progress) {
        return check(kind, rules, organizationId, sink -> read(content, sink), progress);
    }

    /** A file's rows, XLSX or CSV by its content. */
    static void read(byte[] content, TableSink sink) {
        if (LoadFormat.of(content) == LoadFormat.XLSX) {
            XlsxTable.read(content, sink);
        } else {
            CsvTable.read(content, sink);
        }
    }

    /**
     * Checks the rows a table gives (its first row the header), wherever they come from: a file, or the
     * items of an API request (numbered by their index), so that both obey the same rules.
     */
    static <T> CheckedFile<T> check(LoadKind kind, KindRules<T> rules, String organizationId, Consumer<TableSink> table, IntConsumer progress) {
        List<LoadProblem> problems = new ArrayList<>();
        List<KindRules.Numbered<T>> parsed = new ArrayList<>();
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        Set<Integer> badRows = new HashSet<>();
        Map<String, Integer>[] positions = new Map[1];
        int[] total = {0};
        TableSink sink = (rowNo, cells) -> {
            if (positions[0] == null) {
                positions[0] = header(kind, cells);
                return;
            }
            total[0]++;
            int before = problems.size();
            Cells row = new Cells(rowNo, cells, positions[0], problems);
            T value = rules.parse(row);
            if (value != null) {
                Integer first = firstRowOfKey.putIfAbsent(rules.key(value), rowNo);
                if (first != null) {
                    row.problem(rules.keyHeader(), "load.field.duplicate", first);
                } else {
                    parsed.add(new KindRules.Numbered<>(rowNo, value));
                }
            }
            if (problems.size() > before) {
                badRows.add(rowNo);
            }
            if (total[0] % PROGRESS_EVERY == 0) {
                progress.accept(total[0]);
            }
        };
        table.accept(sink);
        if (positions[0] == null) {
            throw new LoadFileException("load.file_empty");
        }
        if (total[0] == 0) {
            throw new LoadFileException("load.no_rows");
        }
        int before = problems.size();
        List<KindRules.Numbered<T>> valid = rules.against(organizationId, parsed, problems);
        problems.subList(before, problems.size()).forEach(p -> badRows.add(p.row()));
        problems.sort(Comparator.comparingInt(LoadProblem::row));
        Set<String> existing = rules.existing(organizationId, valid.stream().map(KindRules.Numbered::row).toList());
        Set<Integer> newRows = new HashSet<>();
        valid.stream().filter(v -> !existing.contains(rules.key(v.row()))).forEach(v -> newRows.add(v.rowNo()));
        return new CheckedFile<>(total[0], valid, problems, badRows.size(), newRows);
    }

    /** Where each column of the kind is in the file; every required column must be there. */
    static Map<String, Integer> header(LoadKind kind, List<String> cells) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Column column : kind.columns()) {
            for (int i = 0; i < cells.size(); i++) {
                if (column.matches(cells.get(i))) {
                    positions.put(column.header(), i);
                    break;
                }
            }
            if (column.required() && !positions.containsKey(column.header())) {
                missing.add("«" + column.header() + "»");
            }
        }
        if (!missing.isEmpty()) {
            throw new LoadFileException("load.missing_columns", String.join(", ", missing));
        }
        return positions;
    }
}
