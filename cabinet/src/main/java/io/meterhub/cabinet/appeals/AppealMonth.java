package io.meterhub.cabinet.appeals;

import java.time.YearMonth;
import java.util.Map;

/**
 * The appeals registered in one month, by what became of them: {@code answeredInTime + answeredLate + overdue + waiting
 * == received}. An appeal counts in the month it was registered in, in the organization's zone.
 *
 * @param overdue    still unanswered after their deadline
 * @param waiting    still unanswered within their term
 * @param byCategory every category, zero where none came
 */
public record AppealMonth(YearMonth month, int received, int answeredInTime, int answeredLate, int overdue, int waiting,
                          Map<AppealCategory, Integer> byCategory) {
}
