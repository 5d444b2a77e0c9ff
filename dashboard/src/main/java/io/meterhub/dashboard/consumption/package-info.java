/** Consumption: the telemetry repository, the consumption queries and the charts service. Its views move here with issue 13's feature packages. */
package io.meterhub.dashboard.consumption;
