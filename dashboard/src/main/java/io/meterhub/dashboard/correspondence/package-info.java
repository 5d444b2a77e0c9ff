/**
 * Correspondence in the cabinet: the reusable {@link io.meterhub.dashboard.correspondence.MessageThread} component that any
 * feature's page shows for its subject's thread, and the feature's Spring beans.
 */
package io.meterhub.dashboard.correspondence;
