package io.meterhub.cabinet.loading;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file's rows as the data loading reads them ({@code ;} or {@code ,} by the header line, quotes,
 * UTF-8 with or without a BOM, Windows-1251), for other readers of CSV such as the API's telemetry files.
 */
public final class CsvRows {
    /** @param line the row's first line in the file, from 1 (blank rows are skipped, their numbers are not reused) */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    private CsvRows() {
    }

    public static List<Row> read(byte[] content) {
        List<Row> rows = new ArrayList<>();
        CsvTable.read(content, (line, cells) -> rows.add(new Row(line, cells)));
        return rows;
    }
}
