package io.meterhub.cabinet.notices;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An announcement as stored. {@code audience} is ALL, ADDRESS (street with houses) or SERVICE (serviceCode).
 *
 * @param id 0 for one not stored yet
 */
public record AnnouncementRow(long id, String organizationId, String title, String body, LocalDate validFrom, LocalDate validTo,
                              String audience, AddressRangeRow address, String serviceCode, boolean emailCopy, long authorUserId,
                              Instant createdAt, Instant updatedAt, Instant withdrawnAt) {
}
