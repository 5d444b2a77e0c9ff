/** Two-factor sign-in: second factors and recovery codes over JDBC. */
package io.meterhub.storage.cabinet.twofactor;
