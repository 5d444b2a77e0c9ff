package io.meterhub.cabinet.notices;

import java.time.Instant;
import java.util.List;

/** A planned outage as stored, with its address ranges in the order typed; {@code id} 0 for one not stored yet. */
public record OutageRow(long id, String organizationId, String serviceCode, String reason, Instant startsAt, Instant endsAt,
                        List<AddressRangeRow> addresses, long authorUserId, Instant createdAt, Instant updatedAt, Instant withdrawnAt) {
    public OutageRow {
        addresses = List.copyOf(addresses);
    }
}
