/** The control panel's staff pages and the wiring of staff rights, the audit log and organizations' properties. */
package io.meterhub.dashboard.staff;
