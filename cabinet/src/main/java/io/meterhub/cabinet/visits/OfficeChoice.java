package io.meterhub.cabinet.visits;

import java.util.List;

/** An office the customer may book in, with the numbers of their accounts at its organization (a booking names one). */
public record OfficeChoice(Office office, List<AccountOption> accounts) {
    public record AccountOption(long accountId, String number, String address) {
    }
}
