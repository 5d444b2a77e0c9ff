/**
 * Anomalies: the operators' queue of detected anomalies and one anomaly's evidence and review.
 * Wiring: the review, alerts (and their schedule and settings), episode context and owner notices, wired for the views.
 */
package io.meterhub.dashboard.anomalies;
