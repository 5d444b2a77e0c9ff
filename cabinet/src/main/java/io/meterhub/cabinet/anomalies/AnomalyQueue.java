package io.meterhub.cabinet.anomalies;

import io.meterhub.protocols.anomaly.AnomalyKind;
import io.meterhub.cabinet.common.Page;

import java.util.Map;

/**
 * A page of the queue with its counts. Each count map applies every criterion of the filter except
 * its own dimension (the counts per status ignore the status filter, those per kind the kind filter),
 * so that they tell what choosing another value would show.
 */
public record AnomalyQueue(Page<Anomaly> page, Map<AnomalyStatus, Long> byStatus, Map<AnomalyKind, Long> byKind) {
}
