/** One-time codes: issued, sent and checked once, for phone confirmation and signing. */
package io.meterhub.cabinet.otp;
