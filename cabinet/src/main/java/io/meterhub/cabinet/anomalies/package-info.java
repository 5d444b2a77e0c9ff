/** Anomalies on the service side: the operators' review and bulk actions, the alerts to whoever is on duty, an episode's context and the owners' notices. */
package io.meterhub.cabinet.anomalies;
