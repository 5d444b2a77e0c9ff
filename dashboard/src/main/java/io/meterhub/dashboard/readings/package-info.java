/** Readings: the manual readings repository, the submission service with its cross-check, the operators' review. Its views move here with issue 13's feature packages. */
package io.meterhub.dashboard.readings;
