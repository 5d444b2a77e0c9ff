package io.meterhub.cabinet.loading;

import java.util.List;

/** A file checked whole: its data rows, the valid ones in file order, every bad field, and how many valid rows are new. */
record CheckedFile<T>(int total, List<KindRules.Numbered<T>> valid, List<LoadProblem> problems, int bad, int fresh) {
    int updated() {
        return valid.size() - fresh;
    }
}
