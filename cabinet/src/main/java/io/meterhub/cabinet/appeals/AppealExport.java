package io.meterhub.cabinet.appeals;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.Messages;
import io.meterhub.cabinet.loading.CsvTable;
import io.meterhub.cabinet.loading.XlsxTable;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The organization's appeals registered in a period as CSV (UTF-8 with BOM, ";", Russian headers: Excel opens it as
 * it is) or XLSX, with whether each was answered in time. Read from the queue in memory: an organization's appeals of
 * a period are thousands at most, not millions.
 */
public final class AppealExport {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final List<String> HEADER = List.of("номер", "зарегистрировано", "категория", "тема", "статус", "срок ответа", "ответ дан",
            "в срок", "просрочено", "лицевой счёт", "исполнитель");

    private final AppealDesk desk;
    private final Clock clock;

    public AppealExport(AppealDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    /** @param from the first day, {@code to} the last, both in the organization's zone */
    public byte[] csv(Viewer viewer, LocalDate from, LocalDate to) {
        // a cell a customer wrote is never read by Excel as a formula
        return CsvTable.write(rows(viewer, from, to).stream().map(row -> row.stream().map(AppealExport::inert).toList()).toList());
    }

    /** The same rows as {@link #csv}, as a workbook whose cells are text. */
    public byte[] xlsx(Viewer viewer, LocalDate from, LocalDate to) {
        return XlsxTable.write(rows(viewer, from, to), null);
    }

    /** The header, then one row per appeal registered from {@code from} to {@code to}. */
    List<List<String>> rows(Viewer viewer, LocalDate from, LocalDate to) {
        Instant now = clock.instant();
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Appeal a : desk.queue(viewer, null, null)) {
            LocalDate registered = LocalDate.ofInstant(a.registeredAt(), a.zone());
            if (registered.isBefore(from) || registered.isAfter(to)) {
                continue;
            }
            LocalDate answered = a.answeredAt() == null ? null : LocalDate.ofInstant(a.answeredAt(), a.zone());
            rows.add(List.of(a.number(), TIME.format(a.registeredAt().atZone(a.zone())), Messages.format("appeals.category." + a.category().name(), RU),
                    a.subject(), Messages.format("appeals.status." + a.status().name(), RU), DATE.format(a.deadline()),
                    answered == null ? "" : DATE.format(answered), answered == null ? "" : !answered.isAfter(a.deadline()) ? "да" : "нет",
                    a.overdue(now) ? "да" : "нет", a.accountNumber() == null ? "" : a.accountNumber(),
                    a.assigneeName() == null ? "" : a.assigneeName()));
        }
        return rows;
    }

    private static String inert(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
