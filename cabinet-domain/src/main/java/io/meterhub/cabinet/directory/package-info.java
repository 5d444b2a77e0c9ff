/** Staff who sign in with the organization's directory: the port that keeps their logins in step with it. */
package io.meterhub.cabinet.directory;
