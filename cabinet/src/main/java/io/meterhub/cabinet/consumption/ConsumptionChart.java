package io.meterhub.cabinet.consumption;

import io.meterhub.protocols.consumption.Granularity;

import java.time.ZoneId;
import java.util.List;

/**
 * What a consumption chart shows: the period's points by zone, the previous period's beside them,
 * and the meter's events in the period. A plain meter (no telemetry) has no points.
 *
 * @param period   "2026-03-14", "2026-03" or "2026"
 * @param previous the previous day, month or year
 * @param zone     the organization's time zone, in which the periods are local
 */
public record ConsumptionChart(long accountMeterId, Granularity granularity, String period, String previousPeriod, String unit, boolean smart, ZoneId zone,
                               List<ChartPoint> current, List<ChartPoint> previous, List<ChartEvent> events) {
}
