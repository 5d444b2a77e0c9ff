/** Billing: the monthly run that turns readings and telemetry into charges by tariff zone, and the import of charges computed elsewhere (CSV). */
package io.meterhub.cabinet.billing;
