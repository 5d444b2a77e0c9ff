/**
 * Staff sign-in with the organization's directory (LDAP / Active Directory): its settings, the mapping of its groups
 * to a role and the control panel's modules, and the rules that keep an app login in step with its directory entry.
 */
package io.meterhub.cabinet.directory;
