package io.meterhub.cabinet.visits;

import java.time.LocalTime;

/** An office's hours on a weekday (1 Monday .. 7 Sunday); breakFrom and breakTo both null when it has no lunch break. */
public record OfficeHoursRow(int weekday, LocalTime opens, LocalTime closes, LocalTime breakFrom, LocalTime breakTo) {
}
