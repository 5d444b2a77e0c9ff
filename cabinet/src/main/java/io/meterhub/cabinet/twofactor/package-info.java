/**
 * Two-factor sign-in: an authenticator app (TOTP, RFC 6238) or a code by email after the password, single-use recovery
 * codes, the rule that staff must have a second factor, and the re-authentication that signing asks for.
 */
package io.meterhub.cabinet.twofactor;
