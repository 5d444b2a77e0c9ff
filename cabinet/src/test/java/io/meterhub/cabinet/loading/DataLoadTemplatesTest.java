package io.meterhub.cabinet.loading;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Templates read back as the files they are, and the readers' handling of what Excel writes. */
class DataLoadTemplatesTest {
    private static List<List<String>> rows(byte[] content) {
        List<List<String>> rows = new ArrayList<>();
        if (LoadFormat.of(content) == LoadFormat.XLSX) {
            XlsxTable.read(content, (n, cells) -> rows.add(cells));
        } else {
            CsvTable.read(content, (n, cells) -> rows.add(cells));
        }
        return rows;
    }

    @Test
    void a_csv_template_is_utf8_with_a_bom_and_semicolons_and_reads_back_as_its_headers_and_example() {
        byte[] template = LoadFiles.template(LoadKind.METERS, LoadFormat.CSV);
        assertThat(template).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(template, StandardCharsets.UTF_8)).contains("Лицевой счёт;Услуга;Заводской номер");
        List<List<String>> rows = rows(template);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactlyElementsOf(LoadKind.METERS.columns().stream().map(Column::header).toList());
        assertThat(rows.get(1)).containsExactlyElementsOf(LoadKind.METERS.columns().stream().map(Column::example).toList());
    }

    @Test
    void an_xlsx_template_has_the_data_sheet_and_a_sheet_that_explains_every_column() throws Exception {
        byte[] template = LoadFiles.template(LoadKind.ACCOUNTS, LoadFormat.XLSX);
        List<List<String>> rows = rows(template);
        assertThat(rows.get(0)).containsExactlyElementsOf(LoadKind.ACCOUNTS.columns().stream().map(Column::header).toList());
        assertThat(rows.get(1)).containsExactlyElementsOf(LoadKind.ACCOUNTS.columns().stream().map(Column::example).toList());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            var help = workbook.getSheetAt(1);
            assertThat(help.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Пояснение");
            for (int i = 0; i < LoadKind.ACCOUNTS.columns().size(); i++) {
                assertThat(help.getRow(i + 1).getCell(0).getStringCellValue()).isEqualTo(LoadKind.ACCOUNTS.columns().get(i).header());
                assertThat(help.getRow(i + 1).getCell(2).getStringCellValue()).isNotBlank();
            }
        }
    }

    @Test
    void xlsx_numbers_read_as_plain_digits_and_dates_as_russian_dates() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Лицевой счёт");
            header.createCell(2).setCellValue("Дата");
            var row = sheet.createRow(3);
            row.createCell(0).setCellValue(12345678901.0);
            var date = row.createCell(2);
            date.setCellValue(java.time.LocalDate.of(2026, 2, 28));
            var style = workbook.createCellStyle();
            style.setDataFormat((short) 14);
            date.setCellStyle(style);
            workbook.write(out);
            List<Integer> numbers = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            XlsxTable.read(out.toByteArray(), (n, cells) -> {
                numbers.add(n);
                rows.add(cells);
            });
            assertThat(numbers).containsExactly(1, 4);
            assertThat(rows.get(1)).containsExactly("12345678901", "", "28.02.2026");
        }
    }

    @Test
    void csv_reads_commas_quotes_line_breaks_and_windows_1251() {
        byte[] commas = "Адрес,ФИО\n\"Самара, ул. \"\"Мира\"\", 1\",\"Иванов\nИван\"\n\nx,y\n".getBytes(StandardCharsets.UTF_8);
        List<Integer> numbers = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        CsvTable.read(commas, (n, cells) -> {
            numbers.add(n);
            rows.add(cells);
        });
        assertThat(rows).containsExactly(List.of("Адрес", "ФИО"), List.of("Самара, ул. \"Мира\", 1", "Иванов\nИван"), List.of("x", "y"));
        assertThat(numbers).containsExactly(1, 2, 5);
        assertThat(rows("Лицевой счёт;Адрес\r\n1;Самара\r\n".getBytes(java.nio.charset.Charset.forName("windows-1251"))))
                .containsExactly(List.of("Лицевой счёт", "Адрес"), List.of("1", "Самара"));
    }

    @Test
    void headers_match_whatever_their_case_spaces_and_yo() {
        Map<String, Integer> positions = FileCheck.header(LoadKind.ACCOUNTS,
                List.of("  ЛИЦЕВОЙ СЧЕТ* ", "фио / наименование", "Вид потребителя", "адрес", "Лишний"));
        assertThat(positions).containsEntry("Лицевой счёт", 0).containsEntry("Адрес", 3).doesNotContainKey("Телефон");
    }

    @Test
    void an_error_file_gives_back_the_bad_rows_in_the_uploaded_format_with_an_error_column() {
        byte[] file = "Лицевой счёт;Адрес\n1;Самара\n2;\n".getBytes(StandardCharsets.UTF_8);
        byte[] back = LoadFiles.withErrors(LoadFormat.CSV, file, Map.of(3, "«Адрес»: обязательное поле"), null);
        assertThat(rows(back)).containsExactly(List.of("Лицевой счёт", "Адрес", "Ошибки"), List.of("2", "", "«Адрес»: обязательное поле"));
        byte[] xlsx = XlsxTable.write(List.of(List.of("Лицевой счёт", "Адрес"), List.of("1", "Самара"), List.of("2", "")), null);
        assertThat(rows(LoadFiles.withErrors(LoadFormat.XLSX, xlsx, Map.of(3, "плохо"), null)))
                .containsExactly(List.of("Лицевой счёт", "Адрес", "Ошибки"), List.of("2", "", "плохо"));
    }
}
