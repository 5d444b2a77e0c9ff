/**
 * Two-factor sign-in in the web UI: after any provider accepted the password the session holds a pending sign-in (not
 * signed in for any view) that reaches only the second-factor page; the code there completes the login. Also the
 * settings' section (authenticator, email code, recovery codes) and the password asked again before signing.
 */
package io.meterhub.dashboard.twofactor;
