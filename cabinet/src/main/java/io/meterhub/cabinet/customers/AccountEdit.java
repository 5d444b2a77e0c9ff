package io.meterhub.cabinet.customers;

import java.time.LocalDate;

/** An account's address and opening date as staff correct them by hand. */
public record AccountEdit(String address, LocalDate openedOn) {
}
