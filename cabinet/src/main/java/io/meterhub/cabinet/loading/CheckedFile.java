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
}
