package io.meterhub.storage.consumption;

import java.time.LocalDateTime;

/**
 * Consumption of a meter in one local period and one tariff zone.
 *
 * @param start the period's start in the organization's local time
 */
public record ConsumptionBucket(LocalDateTime start, int zone, double kwh) {
}
