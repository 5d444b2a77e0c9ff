package io.meterhub.cabinet.loading;

import java.util.List;

/** Receives a table's rows one by one, numbered as the spreadsheet shows them (the first row is 1). */
@FunctionalInterface
interface TableSink {
    void row(int rowNo, List<String> cells);
}
