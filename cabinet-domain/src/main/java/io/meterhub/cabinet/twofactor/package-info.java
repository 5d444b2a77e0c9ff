/** Two-factor sign-in: the port that keeps a user's second factors (authenticator secret, email code, recovery codes). */
package io.meterhub.cabinet.twofactor;
