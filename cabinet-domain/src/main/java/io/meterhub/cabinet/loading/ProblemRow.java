package io.meterhub.cabinet.loading;

import java.util.List;

/** A bad field of a load: the row as numbered in the file's spreadsheet (header = 1), the column's header, the value, a message key. */
public record ProblemRow(int rowNo, String field, String value, String code, List<String> args) {
    public ProblemRow {
        args = List.copyOf(args);
    }
}
