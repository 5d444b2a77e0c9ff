package io.meterhub.cabinet.accounts;

import java.time.LocalDate;

/** @param holderUserId the login of the holder, null when the customer has none */
public record AccountRow(long id, String number, String organizationId, long holderId, Long holderUserId, String address, LocalDate openedOn) {
}
