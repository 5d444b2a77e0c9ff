package io.meterhub.cabinet.customers;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Write-offs that wait for a second person ({@code write_off_request}). */
public interface WriteOffRequestRepository {
    long create(NewWriteOffRequest request);

    Optional<WriteOffRequestRow> request(long id);

    /** The organization's requests, newest first: the pending ones only, or all. */
    List<WriteOffRequestRow> ofOrganization(String organizationId, boolean pendingOnly, int limit);

    /** Decides a pending request; false when it was decided already (by someone else, a moment before). */
    boolean decide(long id, String status, long decidedBy, Instant decidedAt, String decisionReason);
}
