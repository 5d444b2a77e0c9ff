package io.meterhub.cabinet.windows;

import io.meterhub.storage.cabinet.accounts.AccountRepository;
import io.meterhub.storage.cabinet.accounts.OrganizationRow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;

/** The submission window of an organization, on its own calendar and the real clock. */
public final class WindowService {
    private final AccountRepository accounts;
    private final Clock clock;

    public WindowService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    public WindowState now(String organizationId) {
        OrganizationRow organization = accounts.organization(organizationId).orElseThrow(() -> new NoSuchElementException("no organization " + organizationId));
        return window(organization).state(today(organization));
    }

    public static SubmissionWindow window(OrganizationRow organization) {
        return new SubmissionWindow(organization.windowFirstDay(), organization.windowLastDay());
    }

    /** Today in the organization's time zone: a customer in Samara at 23:30 UTC is already in tomorrow. */
    public LocalDate today(OrganizationRow organization) {
        return LocalDate.now(clock.withZone(organization.timeZone()));
    }
}
