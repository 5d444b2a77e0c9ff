package io.meterhub.cabinet.windows;

import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.OrganizationRow;

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

    /** The window of one service: its own days where the organization set them, else the organization's. */
    public static SubmissionWindow window(AccountRepository accounts, OrganizationRow organization, String serviceCode) {
        return accounts.serviceWindow(organization.id(), serviceCode).map(w -> new SubmissionWindow(w.firstDay(), w.lastDay()))
                .orElseGet(() -> window(organization));
    }

    /** Today in the organization's time zone: a customer in Samara at 23:30 UTC is already in tomorrow. */
    public LocalDate today(OrganizationRow organization) {
        return LocalDate.now(clock.withZone(organization.timeZone()));
    }
}
