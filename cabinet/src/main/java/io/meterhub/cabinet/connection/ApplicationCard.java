package io.meterhub.cabinet.connection;


import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An application's data as a PDF to download: what the grid company and the chosen supplier need to
 * work with it (a supply contract, the connection), so the applicant's data is whole here. Only those
 * who may see the application get it; the download is logged without the data.
 */
final class ApplicationCard {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Locale RU = Locale.forLanguageTag("ru");

    private ApplicationCard() {
    }

    static byte[] pdf(ApplicationRow a, ApplicantRow p, List<DocumentRow> documents, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        lines.add("Заявка на технологическое присоединение " + (a.number() == null ? "(черновик)" : "№ " + a.number()));
        lines.add("Подана: " + (a.submittedAt() == null ? "—" : DATE.format(LocalDate.ofInstant(a.submittedAt(), zone)))
                + (a.paper() ? " (на бумаге)" : "") + "; статус: " + text("connection.status." + a.status())
                + (a.deadline() == null ? "" : "; срок: " + DATE.format(a.deadline())));
        lines.add("Сетевая организация: " + a.organizationName());
        lines.add("");
        lines.add("1. Заявитель: " + text("connectionfee.category." + p.kind()));
        lines.add(("LEGAL_ENTITY".equals(p.kind()) ? "Наименование: " : "ФИО: ") + p.fullName());
        add(lines, "Действует от имени организации", p.representativeName());
        add(lines, "СНИЛС", p.snils());
        add(lines, "ИНН", p.inn());
        add(lines, "SOLE_PROPRIETOR".equals(p.kind()) ? "ОГРНИП" : "ОГРН", p.ogrn());
        add(lines, "Паспорт", p.passport());
        add(lines, "Телефон", p.phone());
        add(lines, "Эл. почта", p.email());
        if (a.byRepresentative()) {
            add(lines, "Представитель (по доверенности)", a.representativeName());
        }
        lines.add("");
        lines.add("2. Объект: " + (a.objectKind() == null ? "—" : text("connection.object.kind." + a.objectKind())));
        add(lines, "Адрес", a.address());
        add(lines, "Кадастровый номер", a.cadastralNumber());
        lines.add("");
        lines.add("3. Энергопринимающие устройства");
        add(lines, "Максимальная мощность, кВт", a.maxPowerKw() == null ? null : a.maxPowerKw().toPlainString().replace('.', ','));
        add(lines, "Ранее присоединённая мощность, кВт", a.connectedPowerKw() == null ? null : a.connectedPowerKw().toPlainString().replace('.', ','));
        add(lines, "Уровень напряжения", a.voltageLevel() == null ? null : io.meterhub.cabinet.common.Messages.format(
                "connectionfee.voltage." + a.voltageLevel(), RU));
        add(lines, "Категория надёжности", a.reliabilityCategory());
        add(lines, "Вид присоединения", a.connectionKind() == null ? null : text("connection.connection_kind." + a.connectionKind()));
        lines.add("");
        lines.add("4. Гарантирующий поставщик: " + (a.supplierName() == null ? "—" : a.supplierName()));
        add(lines, "Плата за присоединение, руб.", a.fee() == null ? null : a.fee().toPlainString().replace('.', ','));
        lines.add("");
        lines.add("Документы:");
        for (DocumentRow d : documents) {
            lines.add("  " + text("connection.document.kind." + d.kind()) + ": " + d.fileName() + " (" + d.size() + " байт, SHA-256 "
                    + d.sha256().substring(0, 16) + "…)");
        }
        return CalculatedOffer.simplePdf(lines);
    }

    private static void add(List<String> lines, String label, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(label + ": " + value);
        }
    }

    private static String text(String key) {
        return io.meterhub.cabinet.common.Messages.format(key, RU);
    }
}
