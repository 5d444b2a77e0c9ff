package io.meterhub.cabinet.help;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.AccountRow;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Whose help a reader reads, and who may write it. Staff and suppliers read their organization's; a customer the
 * organization of their first account (accounts in order of opening); anyone else, and an anonymous visitor of a public
 * page, the product's default organization when one is configured, else the product's own texts. Writing belongs to staff
 * holding the ORGANIZATION module (an administrator holds every module), for their own organization only: help and the
 * public pages speak for the organization as its requisites do.
 */
public final class HelpReaders {
    private final AccountRepository accounts;
    private final StaffRights rights;
    private final String defaultOrganizationId;

    /** @param defaultOrganizationId the organization whose texts the login page shows; null for the product's own */
    public HelpReaders(AccountRepository accounts, StaffRights rights, String defaultOrganizationId) {
        this.accounts = accounts;
        this.rights = rights;
        this.defaultOrganizationId = defaultOrganizationId == null || defaultOrganizationId.isBlank() ? null : defaultOrganizationId.trim();
    }

    /** The organization whose texts the viewer reads; null (the product's own) for nobody in particular. */
    public String organizationOf(Viewer viewer) {
        if (viewer == null) {
            return defaultOrganizationId;
        }
        if (viewer.role().worksForOrganization()) {
            return viewer.organizationId();
        }
        List<AccountRow> mine = accounts.accountsOfUser(viewer.userId());
        return mine.stream().filter(a -> a.organizationId() != null).min(java.util.Comparator.comparing(AccountRow::openedOn,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())).thenComparingLong(AccountRow::id))
                .map(AccountRow::organizationId).orElse(defaultOrganizationId);
    }

    /** The editor's organization: staff with ORGANIZATION; anyone else is refused. */
    public String requireEditor(Viewer viewer) {
        Objects.requireNonNull(viewer, "viewer");
        if (!viewer.role().staff()) {
            throw AccessDeniedException.staffOnly();
        }
        rights.require(viewer, StaffModule.ORGANIZATION);
        return viewer.organizationId();
    }

    public boolean mayEdit(Viewer viewer) {
        return viewer != null && viewer.role().staff() && rights.has(viewer, StaffModule.ORGANIZATION);
    }

    /** The organization's time zone, for the times its pages show; UTC for the product's own texts. */
    public java.time.ZoneId zoneOf(String organizationId) {
        return organizationId == null ? java.time.ZoneOffset.UTC
                : accounts.organization(organizationId).map(io.meterhub.cabinet.accounts.OrganizationRow::timeZone).orElse(java.time.ZoneOffset.UTC);
    }

    /** "en" for English, "ru" for everything else (the cabinet's first language). */
    public static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "ru";
    }
}
