package io.meterhub.cabinet.notices;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A planned outage of one service at some houses, from {@code startsAt} to {@code endsAt}; {@code zone} is the
 * organization's, the one its local times are told in.
 */
public record PlannedOutage(long id, String organizationId, String serviceCode, String reason, Instant startsAt, Instant endsAt,
                            ZoneId zone, List<AddressRange> addresses, Instant createdAt, Instant withdrawnAt) {
    public PlannedOutage {
        addresses = List.copyOf(addresses);
    }

    static PlannedOutage of(OutageRow row, ZoneId zone) {
        return new PlannedOutage(row.id(), row.organizationId(), row.serviceCode(), row.reason(), row.startsAt(), row.endsAt(), zone,
                row.addresses().stream().map(a -> AddressRange.of(a.street(), a.houseFrom(), a.houseTo(), Parity.valueOf(a.parity()))).toList(),
                row.createdAt(), row.withdrawnAt());
    }

    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(startsAt, zone);
    }

    public LocalDateTime localEnd() {
        return LocalDateTime.ofInstant(endsAt, zone);
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public OutagePhase phase(Instant now) {
        return now.isBefore(startsAt) ? OutagePhase.UPCOMING : now.isBefore(endsAt) ? OutagePhase.CURRENT : OutagePhase.PAST;
    }

    /** The account has the service and its address is in one of the ranges. */
    public boolean touches(AudienceAccountRow account) {
        if (!account.services().contains(serviceCode)) {
            return false;
        }
        return AccountAddress.parse(account.address()).map(address -> addresses.stream().anyMatch(range -> range.covers(address)))
                .orElse(false);
    }

    /** The ranges as lines, one per street. */
    public List<String> addressLines() {
        return addresses.stream().map(AddressRange::line).toList();
    }
}
