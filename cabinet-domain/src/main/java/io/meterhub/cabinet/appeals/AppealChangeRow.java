package io.meterhub.cabinet.appeals;

import java.time.Instant;

/** One status an appeal reached, and when. */
public record AppealChangeRow(String toStatus, Instant at) {
}
