package io.meterhub.cabinet.connection;

import java.time.Instant;

/** @param confirmedAt null while the customer has not confirmed */
public record PaperConfirmationRow(long applicationId, long requestedBy, Instant requestedAt, Instant confirmedAt) {
}
