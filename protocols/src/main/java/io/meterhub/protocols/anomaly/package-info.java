/** The anomaly vocabulary shared by the pipeline that raises anomalies and the cabinet that reviews them. */
package io.meterhub.protocols.anomaly;
