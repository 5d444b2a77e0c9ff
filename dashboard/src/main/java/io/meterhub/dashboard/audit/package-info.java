/** The control panel's audit log page. */
package io.meterhub.dashboard.audit;
