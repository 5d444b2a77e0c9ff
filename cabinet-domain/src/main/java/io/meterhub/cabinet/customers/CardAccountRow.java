package io.meterhub.cabinet.customers;

import java.time.LocalDate;

public record CardAccountRow(long id, String number, String organizationId, String organizationName, long holderId, String address,
                             LocalDate openedOn) {
}
