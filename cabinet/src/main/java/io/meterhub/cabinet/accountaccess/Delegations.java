package io.meterhub.cabinet.accountaccess;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.AccountRow;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.registration.RegistrationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A holder hands one account to another registered customer: view; readings; readings and payments; until a date
 * (its last day in the organization's calendar). A delegate cannot hand it on. Revoking, by the holder or by the
 * delegate giving it up, counts from the next request, as does the end of the date: the policy reads grants every time.
 */
public final class Delegations {
    public static final String HOLDERS_ONLY = "account_access.delegation.holders_only";
    public static final String NO_SUCH_USER = "account_access.delegation.no_such_user";
    public static final String YOURSELF = "account_access.delegation.yourself";
    public static final String ALREADY_HOLDER = "account_access.delegation.already_holder";
    public static final String KIND_REQUIRED = "account_access.delegation.kind_required";
    public static final String DATE_PAST = "account_access.delegation.date_past";
    public static final String NO_SUCH_DELEGATION = "account_access.delegation.no_such";
    private static final Logger LOG = LoggerFactory.getLogger(Delegations.class);

    private final AccountAccessRepository grants;
    private final AccountRepository accounts;
    private final AccessPolicy access;
    private final Clock clock;

    public Delegations(AccountAccessRepository grants, AccountRepository accounts, AccessPolicy access, Clock clock) {
        this.grants = grants;
        this.accounts = accounts;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Grants the account to the customer named by login, email or phone; a delegation they already had on it is replaced.
     *
     * @param lastDay the last day it is in force; null: until revoked
     */
    public long grant(Viewer holder, long accountId, String whom, AccessKind kind, LocalDate lastDay) {
        AccountRow account = holdersAccount(holder, accountId);
        if (kind == null || !kind.delegable()) {
            throw new ValidationException(KIND_REQUIRED);
        }
        ZoneId zone = zoneOf(account);
        Instant now = clock.instant();
        if (lastDay != null && lastDay.isBefore(LocalDate.ofInstant(now, zone))) {
            throw new ValidationException(DATE_PAST);
        }
        String name = whom == null ? "" : whom.strip();
        GrantedUser delegate = name.isEmpty() ? null
                : grants.customerByLoginEmailOrPhone(name, name, RegistrationService.phoneE164(name).orElse(null)).orElse(null);
        if (delegate == null) {
            throw new ValidationException(NO_SUCH_USER);
        }
        if (delegate.id() == holder.userId()) {
            throw new ValidationException(YOURSELF);
        }
        Viewer delegateViewer = Viewer.customer(delegate.id());
        if (access.kindOf(delegateViewer, account).filter(k -> k == AccessKind.HOLDER).isPresent()) {
            throw new ValidationException(ALREADY_HOLDER);
        }
        for (AccountAccessRow old : grants.activeGrants(accountId, delegate.id(), now)) {
            grants.revoke(old.id(), holder.userId(), now);
        }
        Instant until = lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(zone).toInstant();
        long id = grants.grant(accountId, delegate.id(), kind, holder.userId(), now, until);
        LOG.info("account {}: {} delegated by user {} to user {} until {}", accountId, kind, holder.userId(), delegate.id(), lastDay);
        return id;
    }

    /** Revokes a delegation: the holder of its account, or its delegate giving it up; anyone else hears "no such delegation". */
    public void revoke(Viewer viewer, long delegationId) {
        AccountAccessRow grant = grants.grantById(delegationId).filter(g -> g.kind().delegable())
                .orElseThrow(() -> new AccessDeniedException(NO_SUCH_DELEGATION));
        if (!mayRevoke(viewer, grant)) {
            throw new AccessDeniedException(NO_SUCH_DELEGATION);
        }
        if (grants.revoke(grant.id(), viewer.userId(), clock.instant())) {
            LOG.info("account {}: delegation {} revoked by user {}", grant.accountId(), grant.id(), viewer.userId());
        }
    }

    /** The delegations of the accounts the viewer holds (given) and those made to them (received), newest first. */
    public List<DelegationView> history(Viewer viewer) {
        if (viewer.role() != Role.CUSTOMER) {
            return List.of();
        }
        Map<Long, AccountAccessRow> rows = new LinkedHashMap<>();
        for (AccountRow account : access.accounts(viewer)) {
            if (access.may(viewer, account, AccountRight.DELEGATE)) {
                grants.grantsOfAccount(account.id()).stream().filter(g -> g.kind().delegable()).forEach(g -> rows.put(g.id(), g));
            }
        }
        grants.delegationsTo(viewer.userId()).forEach(g -> rows.put(g.id(), g));
        Instant now = clock.instant();
        List<DelegationView> views = new ArrayList<>();
        for (AccountAccessRow g : rows.values()) {
            views.add(view(viewer, g, now));
        }
        views.sort(Comparator.comparing(DelegationView::grantedAt).thenComparingLong(DelegationView::id).reversed());
        return views;
    }

    /** The accounts the viewer may use, with how they hold each: the list "my accounts" shows and delegation chooses from. */
    public List<MyAccount> myAccounts(Viewer viewer) {
        List<MyAccount> mine = new ArrayList<>();
        for (AccountRow a : access.accounts(viewer)) {
            Optional<AccessKind> kind = access.kindOf(viewer, a);
            if (kind.isPresent()) {
                String organization = accounts.organization(a.organizationId()).map(OrganizationRow::name).orElse(a.organizationId());
                mine.add(new MyAccount(a.id(), a.number(), a.organizationId(), organization, a.address(), kind.get()));
            }
        }
        return mine;
    }

    private AccountRow holdersAccount(Viewer holder, long accountId) {
        AccountRow account = access.account(holder, accountId);
        if (!access.may(holder, account, AccountRight.DELEGATE) || holder.role() != Role.CUSTOMER) {
            throw new AccessDeniedException(HOLDERS_ONLY);
        }
        return account;
    }

    private boolean mayRevoke(Viewer viewer, AccountAccessRow grant) {
        if (viewer.role() != Role.CUSTOMER) {
            return false;
        }
        if (grant.userId() == viewer.userId()) {
            return true;
        }
        return accounts.account(grant.accountId()).map(a -> access.may(viewer, a, AccountRight.DELEGATE)).orElse(false);
    }

    private DelegationView view(Viewer viewer, AccountAccessRow g, Instant now) {
        AccountRow account = accounts.account(g.accountId()).orElseThrow();
        Optional<OrganizationRow> organization = accounts.organization(account.organizationId());
        ZoneId zone = organization.map(OrganizationRow::timeZone).orElse(ZoneId.of("UTC"));
        DelegationStatus status = g.revokedAt() != null && !g.revokedAt().isAfter(now) ? DelegationStatus.REVOKED
                : g.validUntil() != null && !g.validUntil().isAfter(now) ? DelegationStatus.EXPIRED : DelegationStatus.ACTIVE;
        LocalDate lastDay = g.validUntil() == null ? null : LocalDate.ofInstant(g.validUntil(), zone).minusDays(1);
        return new DelegationView(g.id(), account.id(), account.number(), organization.map(OrganizationRow::name).orElse(account.organizationId()),
                account.address(), name(g.grantedBy()), name(g.userId()), g.kind(), g.grantedAt(), lastDay, g.revokedAt(), status,
                status == DelegationStatus.ACTIVE && mayRevoke(viewer, g));
    }

    private String name(long userId) {
        return grants.user(userId).map(u -> u.displayName() + " (" + u.login() + ")").orElse("#" + userId);
    }

    private ZoneId zoneOf(AccountRow account) {
        return accounts.organization(account.organizationId()).map(OrganizationRow::timeZone).orElse(ZoneId.of("UTC"));
    }
}
