package io.meterhub.cabinet.loading;

import io.meterhub.cabinet.loading.LoadKind.Headers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The files a load gives out: each kind's template, and a load's rows given back with what is wrong with them. */
final class LoadFiles {
    private LoadFiles() {
    }

    /** The header, an example row, and (XLSX) a second sheet that explains each column. */
    static byte[] template(LoadKind kind, LoadFormat format) {
        List<List<String>> rows = List.of(kind.columns().stream().map(Column::header).toList(),
                kind.columns().stream().map(Column::example).toList());
        if (format == LoadFormat.CSV) {
            return CsvTable.write(rows);
        }
        List<List<String>> help = new ArrayList<>();
        help.add(List.of("Столбец", "Обязательный", "Пояснение"));
        for (Column column : kind.columns()) {
            help.add(List.of(column.header(), column.required() ? "да" : "нет", column.help()));
        }
        help.add(List.of());
        help.add(List.of("Первая строка листа «Данные» — заголовки (их порядок не важен), со второй — по одной записи в строке. "
                + "Пример во второй строке замените своими данными. Даты — ДД.ММ.ГГГГ."));
        return write(format, rows, help);
    }

    /**
     * The bad rows of a file as they were, with an error column: the operator fixes them and loads the
     * file again. When the whole file failed, every row is given back and the header's error cell says why.
     */
    static byte[] withErrors(LoadFormat format, byte[] content, Map<Integer, String> errorsByRow, String fileError) {
        List<List<String>> rows = new ArrayList<>();
        int[] width = {0};
        TableSink sink = (rowNo, cells) -> {
            boolean header = rows.isEmpty();
            String error = header ? fileError : errorsByRow.get(rowNo);
            if (!header && error == null && fileError == null) {
                return;
            }
            List<String> row = new ArrayList<>(cells);
            if (header) {
                width[0] = cells.size();
                while (!row.isEmpty() && row.get(row.size() - 1).isBlank()) {
                    row.remove(row.size() - 1);
                }
                width[0] = row.size();
            }
            while (row.size() < width[0]) {
                row.add("");
            }
            List<String> out = new ArrayList<>(row.subList(0, width[0]));
            out.add(header ? Headers.ERRORS + (fileError == null ? "" : ": " + fileError) : error == null ? "" : error);
            rows.add(out);
        };
        FileCheck.read(content, sink);
        return write(format, rows, null);
    }

    private static byte[] write(LoadFormat format, List<List<String>> rows, List<List<String>> help) {
        return format == LoadFormat.CSV ? CsvTable.write(rows) : XlsxTable.write(rows, help);
    }
}
