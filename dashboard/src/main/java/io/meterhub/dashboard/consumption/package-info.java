/** Consumption: a customer's hourly, daily and monthly consumption chart and its CSV. */
package io.meterhub.dashboard.consumption;
