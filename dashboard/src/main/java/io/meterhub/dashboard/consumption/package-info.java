/**
 * Consumption: a customer's hourly, daily and monthly consumption chart and its CSV.
 * Wiring: the telemetry repository, the consumption queries and the charts service.
 */
package io.meterhub.dashboard.consumption;
