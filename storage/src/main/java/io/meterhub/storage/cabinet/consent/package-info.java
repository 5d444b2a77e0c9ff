/** Consent acceptances over JDBC. */
package io.meterhub.storage.cabinet.consent;
