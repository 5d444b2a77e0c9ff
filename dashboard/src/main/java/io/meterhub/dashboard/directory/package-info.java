/**
 * Staff sign in with the organization's directory (Spring Security LDAP bind): the provider that sends a login to the
 * directory or to the app's passwords, behind the same sign-in throttle, and keeps the app login in step with the entry.
 */
package io.meterhub.dashboard.directory;
