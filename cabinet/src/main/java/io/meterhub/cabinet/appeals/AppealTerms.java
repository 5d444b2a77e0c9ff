package io.meterhub.cabinet.appeals;

import io.meterhub.cabinet.calendar.ProductionCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The answer deadline: the category's working days counted after the day the appeal came, in the organization's zone. */
public final class AppealTerms {
    private final ProductionCalendar calendar;

    public AppealTerms(ProductionCalendar calendar) {
        this.calendar = calendar;
    }

    public LocalDate deadline(AppealCategory category, Instant received, ZoneId zone) {
        return calendar.addWorkingDays(LocalDate.ofInstant(received, zone), category.workingDays());
    }
}
