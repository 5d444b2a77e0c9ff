/** Anomalies: the operators' queue of detected anomalies and one anomaly's evidence and review. */
package io.meterhub.dashboard.anomalies;
