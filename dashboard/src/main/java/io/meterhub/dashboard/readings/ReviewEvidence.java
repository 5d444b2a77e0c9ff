package io.meterhub.dashboard.readings;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.consumption.ChartPoint;
import io.meterhub.cabinet.consumption.ConsumptionChart;
import io.meterhub.cabinet.consumption.ConsumptionService;
import io.meterhub.cabinet.readings.FlaggedReading;
import io.meterhub.cabinet.readings.ReadingFlag;
import io.meterhub.cabinet.readings.ReadingStatus;
import io.meterhub.cabinet.readings.ReadingSubmissionService;
import io.meterhub.cabinet.readings.ReadingView;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * What an operator needs to judge a flagged reading, gathered from the cabinet's services (the
 * cabinet stores only the flag): the growth since the last accepted reading of the zone and over how
 * many days; for a jump, the usual monthly consumption learnt from the accepted readings (from the
 * last meter replacement on, as the cabinet's jump rule learns it); for a telemetry mismatch, what
 * the smart meter measured between the two reading days (both days included).
 *
 * @param lastTakenOn  the day of the last accepted reading of the zone, null without one
 * @param growth       the reading minus the last accepted value, null without one
 * @param days         days between the last accepted reading and this one
 * @param usualMonthly usual consumption per month, null when the history is too short (or for a telemetry flag)
 * @param telemetry    the smart meter's consumption from {@code lastTakenOn} to the reading's day, null when unknown
 * @param unit         the chart's unit of a smart meter ("kWh"), else null
 */
record ReviewEvidence(LocalDate lastTakenOn, BigDecimal growth, long days, BigDecimal usualMonthly, BigDecimal telemetry, String unit) {
    static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

    static ReviewEvidence of(Viewer operator, FlaggedReading flagged, ReadingSubmissionService submissions, ConsumptionService consumption) {
        ReadingView reading = flagged.reading();
        List<ReadingView> history = submissions.history(operator, reading.accountMeterId());
        List<ReadingView> accepted = history.stream()
                .filter(r -> r.zone() == reading.zone() && r.status() == ReadingStatus.ACCEPTED && r.id() != reading.id()
                        && !r.takenOn().isAfter(reading.takenOn()))
                .sorted(Comparator.comparing(ReadingView::takenOn).thenComparingLong(ReadingView::id))
                .toList();
        if (accepted.isEmpty()) {
            return new ReviewEvidence(null, null, 0, null, null, null);
        }
        ReadingView last = accepted.get(accepted.size() - 1);
        BigDecimal growth = reading.value().subtract(last.value());
        long days = ChronoUnit.DAYS.between(last.takenOn(), reading.takenOn());
        BigDecimal usual = null;
        BigDecimal telemetry = null;
        String unit = null;
        if (reading.flag() == ReadingFlag.TELEMETRY_MISMATCH) {
            int zones = history.stream().mapToInt(ReadingView::zone).max().orElse(1);
            BigDecimal sum = BigDecimal.ZERO;
            boolean any = false;
            for (YearMonth month = YearMonth.from(last.takenOn()); !month.isAfter(YearMonth.from(reading.takenOn())); month = month.plusMonths(1)) {
                ConsumptionChart chart = consumption.daily(operator, reading.accountMeterId(), month);
                unit = chart.unit();
                for (ChartPoint point : chart.current()) {
                    LocalDate day = point.local().toLocalDate();
                    if (!day.isBefore(last.takenOn()) && !day.isAfter(reading.takenOn()) && (zones == 1 || point.zone() == reading.zone())) {
                        sum = sum.add(point.quantity());
                        any = true;
                    }
                }
            }
            telemetry = any ? sum : null;
        } else {
            usual = usualMonthly(accepted);
        }
        return new ReviewEvidence(last.takenOn(), growth, days, usual, telemetry, unit);
    }

    /** Growth from the first to the last accepted reading since the last replacement, per month; null under 20 days of history. */
    static BigDecimal usualMonthly(List<ReadingView> acceptedOldestFirst) {
        int start = 0;
        for (int i = 0; i < acceptedOldestFirst.size(); i++) {
            if (acceptedOldestFirst.get(i).meterReplacement()) {
                start = i;
            }
        }
        List<ReadingView> since = acceptedOldestFirst.subList(start, acceptedOldestFirst.size());
        if (since.size() < 2) {
            return null;
        }
        ReadingView first = since.get(0);
        ReadingView last = since.get(since.size() - 1);
        long days = ChronoUnit.DAYS.between(first.takenOn(), last.takenOn());
        if (days < 20) {
            return null;
        }
        return last.value().subtract(first.value()).multiply(DAYS_PER_MONTH)
                .divide(BigDecimal.valueOf(days), MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
    }
}
