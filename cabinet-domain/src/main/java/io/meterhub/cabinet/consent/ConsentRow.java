package io.meterhub.cabinet.consent;

import java.time.Instant;

/** One acceptance: the version of the consent's text and when it was accepted. */
public record ConsentRow(long userId, String version, Instant acceptedAt) {
}
