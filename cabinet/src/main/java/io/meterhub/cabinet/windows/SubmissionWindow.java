package io.meterhub.cabinet.windows;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The days of each month when an organization takes manual readings, e.g. the 15th to the 25th. A
 * last day beyond the month's end means the month's last day; a first day after the last day means
 * the window runs into the next month (the 25th to the 5th).
 */
public record SubmissionWindow(int firstDay, int lastDay) {
    public SubmissionWindow {
        if (firstDay < 1 || firstDay > 28 || lastDay < 1 || lastDay > 31) {
            throw new IllegalArgumentException("a submission window runs from a day 1..28 to a day 1..31, got " + firstDay + ".." + lastDay);
        }
    }

    public WindowState state(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        for (int back = -1; back <= 1; back++) {
            LocalDate[] window = windowStartingIn(month.plusMonths(back));
            if (!today.isBefore(window[0]) && !today.isAfter(window[1])) {
                return new WindowState(true, today, window[1], null, null);
            }
        }
        for (int ahead = 0; ahead <= 2; ahead++) {
            LocalDate[] window = windowStartingIn(month.plusMonths(ahead));
            if (window[0].isAfter(today)) {
                return new WindowState(false, today, null, window[0], window[1]);
            }
        }
        throw new IllegalStateException("no window after " + today);
    }

    private LocalDate[] windowStartingIn(YearMonth month) {
        LocalDate first = month.atDay(firstDay);
        YearMonth endMonth = lastDay >= firstDay ? month : month.plusMonths(1);
        LocalDate last = endMonth.atDay(Math.min(lastDay, endMonth.lengthOfMonth()));
        return new LocalDate[] {first, last};
    }
}
