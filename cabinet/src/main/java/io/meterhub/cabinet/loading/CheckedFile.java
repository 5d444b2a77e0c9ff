package io.meterhub.cabinet.loading;

import java.util.List;
import java.util.Set;

/** A file checked whole: its data rows, the valid ones in file order, every bad field, and which valid rows are new (by row number). */
record CheckedFile<T>(int total, List<KindRules.Numbered<T>> valid, List<LoadProblem> problems, int bad, Set<Integer> newRows) {
    CheckedFile {
        newRows = Set.copyOf(newRows);
    }

    int fresh() {
        return newRows.size();
    }

    int updated() {
        return valid.size() - fresh();
    }

    /** What the audit log keeps of an applied load: its kind, the file's name (when it has one) and its counts. */
    java.util.Map<String, Object> applied(LoadKind kind, String fileName) {
        java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("kind", kind.name());
        if (fileName != null) {
            after.put("file", fileName);
        }
        after.put("rowsTotal", total);
        after.put("rowsApplied", valid.size());
        after.put("rowsNew", fresh());
        after.put("rowsUpdated", updated());
        after.put("rowsBad", bad);
        return after;
    }
}
