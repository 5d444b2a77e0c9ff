/** Anomalies: the review, alerts (and their schedule and settings), episode context and owner notices, wired for the views. Its views move here with issue 13's feature packages. */
package io.meterhub.dashboard.anomalies;
