package io.meterhub.cabinet.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A connection application as a billing system needs it: its number, status, object, and its documents' metadata (never their bytes). */
public record ApplicationRecord(long id, String number, String status, String address, BigDecimal maxPowerKw, BigDecimal fee, Instant submittedAt,
                                Instant updatedAt, List<Document> documents) {
    public ApplicationRecord {
        documents = List.copyOf(documents);
    }

    /** @param signed whether a signature of it is recorded (by code or CAdES) */
    public record Document(long id, String name, String kind, String contentType, int size, String sha256, boolean signed) {
    }
}
