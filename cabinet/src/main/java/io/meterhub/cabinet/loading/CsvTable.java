package io.meterhub.cabinet.loading;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as Russian Excel writes and reads it: UTF-8 with a BOM and {@code ;} between fields when we write;
 * when we read, {@code ;} or {@code ,} (whichever the header line uses), quoted fields with doubled
 * quotes and line breaks, and Windows-1251 for a file that is not UTF-8 (Excel's "CSV" of old).
 */
public final class CsvTable {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private CsvTable() {
    }

    static void read(byte[] content, TableSink sink) {
        String text = decode(content);
        char separator = separator(text);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int rowNo = 1;
        int startRow = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        rowNo++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                emit(sink, startRow, cells);
                cells = new ArrayList<>();
                rowNo++;
                startRow = rowNo;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            emit(sink, startRow, cells);
        }
    }

    private static void emit(TableSink sink, int rowNo, List<String> cells) {
        if (cells.stream().anyMatch(c -> !c.isBlank())) {
            sink.row(rowNo, cells);
        }
    }

    private static String decode(byte[] content) {
        int offset = content.length >= 3 && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2] ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return new String(content, offset, content.length - offset, WINDOWS_1251);
        }
    }

    /** The separator the first line uses outside quotes: {@code ;} unless it has more commas. */
    private static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /** The rows as Russian Excel and 1C open them: UTF-8 with a BOM, {@code ;} between fields, CRLF after each row. */
    public static byte[] write(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.append(';');
                }
                text.append(quote(row.get(i)));
            }
            text.append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 2 + 3);
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String quote(String value) {
        String v = value == null ? "" : value;
        if (v.indexOf(';') >= 0 || v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
