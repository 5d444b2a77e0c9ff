package io.meterhub.cabinet.notices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An announcement of an organization: in force on the days from {@code validFrom} to {@code validTo} in the organization's
 * zone, for its audience, until withdrawn.
 *
 * @param address the houses for {@link AudienceKind#ADDRESS}, else null
 * @param serviceCode the service for {@link AudienceKind#SERVICE}, else null
 */
public record Announcement(long id, String organizationId, String title, String text, LocalDate validFrom, LocalDate validTo,
                           AudienceKind audience, AddressRange address, String serviceCode, boolean emailCopy, Instant createdAt,
                           Instant updatedAt, Instant withdrawnAt) {
    static Announcement of(AnnouncementRow row) {
        AddressRange address = row.address() == null ? null : AddressRange.of(row.address().street(), row.address().houseFrom(),
                row.address().houseTo(), Parity.valueOf(row.address().parity()));
        return new Announcement(row.id(), row.organizationId(), row.title(), row.body(), row.validFrom(), row.validTo(),
                AudienceKind.valueOf(row.audience()), address, row.serviceCode(), row.emailCopy(), row.createdAt(), row.updatedAt(),
                row.withdrawnAt());
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public boolean inForceOn(LocalDate day) {
        return !withdrawn() && !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    /** Whether the account is in the audience (the organization is the caller's to check). */
    public boolean reaches(AudienceAccountRow account) {
        return switch (audience) {
            case ALL -> true;
            case SERVICE -> account.services().contains(serviceCode);
            case ADDRESS -> AccountAddress.parse(account.address()).map(address::covers).orElse(false);
        };
    }

    /** The address line of an ADDRESS announcement. */
    public Optional<String> addressLine() {
        return Optional.ofNullable(address).map(AddressRange::line);
    }
}
