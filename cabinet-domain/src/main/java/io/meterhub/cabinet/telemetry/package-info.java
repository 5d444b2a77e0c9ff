/**
 * The pipeline's telemetry as the cabinet reads it: meters' events, register samples and hourly
 * consumption summed by day and zone, for the readings checks, the overview and the anomalies.
 */
package io.meterhub.cabinet.telemetry;
