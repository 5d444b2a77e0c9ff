package io.meterhub.cabinet.appeals;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditTrail;
import io.meterhub.cabinet.common.Messages;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The organization's appeals registered in a period as CSV (UTF-8 with BOM, ";", Russian headers: Excel opens it as
 * it is), with whether each was answered in time. Read from the queue in memory: an organization's appeals of a
 * period are thousands at most, not millions.
 */
public final class AppealExport {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final AppealDesk desk;
    private final Clock clock;

    public AppealExport(AppealDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    /** @param from the first day, {@code to} the last, both in the organization's zone */
    public byte[] csv(Viewer viewer, LocalDate from, LocalDate to) {
        Instant now = clock.instant();
        StringBuilder text = new StringBuilder("\uFEFF")
                .append("номер;зарегистрировано;категория;тема;статус;срок ответа;ответ дан;в срок;просрочено;лицевой счёт;исполнитель\r\n");
        for (Appeal a : desk.queue(viewer, null, null)) {
            LocalDate registered = LocalDate.ofInstant(a.registeredAt(), a.zone());
            if (registered.isBefore(from) || registered.isAfter(to)) {
                continue;
            }
            LocalDate answered = a.answeredAt() == null ? null : LocalDate.ofInstant(a.answeredAt(), a.zone());
            text.append(AuditTrail.cell(a.number())).append(';').append(TIME.format(a.registeredAt().atZone(a.zone()))).append(';')
                    .append(Messages.format("appeals.category." + a.category().name(), RU)).append(';').append(AuditTrail.cell(a.subject())).append(';')
                    .append(Messages.format("appeals.status." + a.status().name(), RU)).append(';').append(DATE.format(a.deadline())).append(';')
                    .append(answered == null ? "" : DATE.format(answered)).append(';')
                    .append(answered == null ? "" : !answered.isAfter(a.deadline()) ? "да" : "нет").append(';')
                    .append(a.overdue(now) ? "да" : "нет").append(';').append(AuditTrail.cell(a.accountNumber())).append(';')
                    .append(AuditTrail.cell(a.assigneeName())).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
