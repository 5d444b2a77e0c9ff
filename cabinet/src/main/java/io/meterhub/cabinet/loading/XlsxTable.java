package io.meterhub.cabinet.loading;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * XLSX read as a stream of the first sheet's rows (POI's SAX reader: a file of 100,000 rows is never a
 * workbook in memory) and written through POI's streaming workbook. Numbers come as plain digits (an
 * account number typed as a number stays "12345", not "12345.0" or "1.2E+4"), dates as ДД.ММ.ГГГГ.
 */
public final class XlsxTable {
    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private XlsxTable() {
    }

    static void read(byte[] content, TableSink sink) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new LoadFileException("load.file_unreadable", "no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, new Rows(sink), new PlainFormatter(),
                        false));
                parser.parse(new InputSource(sheet));
            }
        } catch (LoadFileException e) {
            throw e;
        } catch (Exception e) {
            throw new LoadFileException("load.file_unreadable", String.valueOf(e.getMessage()));
        }
    }

    /** Collects each row's cells by column letter: a row may skip empty cells. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final TableSink sink;
        private final List<String> cells = new ArrayList<>();

        Rows(TableSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                sink.row(rowNum + 1, cells.stream().map(c -> c == null ? "" : c).toList());
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, formattedValue);
        }
    }

    /** Numbers as plain digits, dates as ДД.ММ.ГГГГ, whatever display format the cell has. */
    private static final class PlainFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().format(RU_DATE);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /**
     * @param help the rows of a second sheet that explains the columns; null for none
     */
    public static byte[] write(List<List<String>> rows, List<List<String>> help) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            sheet(workbook.createSheet("Данные"), rows, bold, text);
            if (help != null) {
                sheet(workbook.createSheet("Описание столбцов"), help, bold, text);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("an XLSX in memory cannot fail to be written", e);
        }
    }

    private static void sheet(Sheet sheet, List<List<String>> rows, CellStyle bold, CellStyle text) {
        int widest = 0;
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<String> values = rows.get(r);
            widest = Math.max(widest, values.size());
            for (int c = 0; c < values.size(); c++) {
                var cell = row.createCell(c);
                cell.setCellValue(values.get(c) == null ? "" : values.get(c));
                cell.setCellStyle(r == 0 ? bold : text);
            }
        }
        for (int c = 0; c < widest; c++) {
            sheet.setColumnWidth(c, 24 * 256);
        }
        sheet.createFreezePane(0, 1);
    }
}
