/** Manual readings: submission in the window, plausibility and telemetry cross-checks, the operators' review. */
package io.meterhub.cabinet.readings;
