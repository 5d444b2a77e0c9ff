package io.meterhub.cabinet.customers;

/**
 * What became of a charge correction: posted to the ledger, or, for a write-off at or over the {@link WriteOffRule}'s
 * threshold, a request waiting for a second person.
 *
 * @param writeOffRequestId the request's id, null when the correction was posted
 */
public record ChargeCorrectionResult(Long writeOffRequestId) {
    public static final ChargeCorrectionResult POSTED = new ChargeCorrectionResult(null);

    public boolean awaitsSecondPerson() {
        return writeOffRequestId != null;
    }
}
