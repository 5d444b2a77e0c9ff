package io.meterhub.cabinet.appeals;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.ValidationException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly report of the staff (module APPEALS): per month received, answered in time, answered late, overdue and
 * waiting, and received by category. Counted from the queue in memory, as the export is.
 */
public final class AppealReport {
    public static final String PERIOD_INVALID = "appeals.report_period_invalid";
    public static final int MAX_MONTHS = 36;

    private final AppealDesk desk;
    private final Clock clock;

    public AppealReport(AppealDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    /** Every month from {@code from} to {@code to}, empty ones included, at most {@value #MAX_MONTHS}. */
    public List<AppealMonth> months(Viewer staff, YearMonth from, YearMonth to) {
        if (from == null || to == null || to.isBefore(from) || from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
            throw new ValidationException(PERIOD_INVALID, MAX_MONTHS);
        }
        Map<YearMonth, Tally> tallies = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            tallies.put(m, new Tally());
        }
        Instant now = clock.instant();
        for (Appeal a : desk.queue(staff, null, null)) {
            Tally tally = tallies.get(YearMonth.from(a.registeredAt().atZone(a.zone())));
            if (tally != null) {
                tally.add(a, now);
            }
        }
        List<AppealMonth> months = new ArrayList<>();
        tallies.forEach((month, t) -> months.add(new AppealMonth(month, t.received, t.inTime, t.late, t.overdue, t.waiting, Collections.unmodifiableMap(new EnumMap<>(t.byCategory)))));
        return months;
    }

    private static final class Tally {
        private final Map<AppealCategory, Integer> byCategory = new EnumMap<>(AppealCategory.class);
        private int received;
        private int inTime;
        private int late;
        private int overdue;
        private int waiting;

        Tally() {
            for (AppealCategory c : AppealCategory.values()) {
                byCategory.put(c, 0);
            }
        }

        void add(Appeal a, Instant now) {
            received++;
            byCategory.merge(a.category(), 1, Integer::sum);
            if (a.answeredAt() != null) {
                if (LocalDate.ofInstant(a.answeredAt(), a.zone()).isAfter(a.deadline())) {
                    late++;
                } else {
                    inTime++;
                }
            } else if (a.overdue(now)) {
                overdue++;
            } else {
                waiting++;
            }
        }
    }
}
