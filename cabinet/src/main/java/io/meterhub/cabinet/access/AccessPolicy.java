package io.meterhub.cabinet.access;

import io.meterhub.cabinet.accountaccess.AccessKind;
import io.meterhub.cabinet.accountaccess.AccountAccessRepository;
import io.meterhub.cabinet.accountaccess.AccountAccessRow;
import io.meterhub.cabinet.accountaccess.AccountRight;
import io.meterhub.cabinet.accounts.AccountMeterRow;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.AccountRow;
import io.meterhub.cabinet.readings.ManualReadingRepository;
import io.meterhub.cabinet.readings.ReadingRow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may do what: a customer with the accounts they hold (their customer's own login, or attached) and those
 * delegated to them, each within the kind of the grant; an operator or administrator with the accounts of their
 * organization. Everything else is "no such ...", whether it exists or not. Grants are read on every call, so a
 * revocation or an expiry counts from the next request.
 */
public final class AccessPolicy {
    private final AccountRepository accounts;
    private final ManualReadingRepository readings;
    private final AccountAccessRepository grants;
    private final Clock clock;

    public AccessPolicy(AccountRepository accounts, ManualReadingRepository readings, AccountAccessRepository grants, Clock clock) {
        this.accounts = accounts;
        this.readings = readings;
        this.grants = grants;
        this.clock = clock;
    }

    public AccountRow account(Viewer viewer, long accountId) {
        return account(viewer, accountId, AccountRight.VIEW);
    }

    /** The account when the viewer has the right over it; "no such account" otherwise, also to a delegate who lacks the right. */
    public AccountRow account(Viewer viewer, long accountId, AccountRight right) {
        AccountRow account = accounts.account(accountId).orElseThrow(AccessDeniedException::noSuchAccount);
        if (!may(viewer, account, right)) {
            throw AccessDeniedException.noSuchAccount();
        }
        return account;
    }

    public AccountMeterRow meter(Viewer viewer, long accountMeterId) {
        return meter(viewer, accountMeterId, AccountRight.VIEW);
    }

    public AccountMeterRow meter(Viewer viewer, long accountMeterId, AccountRight right) {
        AccountMeterRow meter = accounts.meter(accountMeterId).orElseThrow(AccessDeniedException::noSuchMeter);
        AccountRow account = accounts.account(meter.accountId()).orElseThrow(AccessDeniedException::noSuchMeter);
        if (!may(viewer, account, right)) {
            throw AccessDeniedException.noSuchMeter();
        }
        return meter;
    }

    public ReadingRow reading(Viewer viewer, long readingId) {
        ReadingRow reading = readings.reading(readingId).orElseThrow(AccessDeniedException::noSuchReading);
        try {
            meter(viewer, reading.accountMeterId());
        } catch (AccessDeniedException e) {
            throw AccessDeniedException.noSuchReading();
        }
        return reading;
    }

    /** The accounts the viewer may see: held, attached and delegated for a customer; the organization's for staff. */
    public List<AccountRow> accounts(Viewer viewer) {
        if (viewer.role().staff()) {
            return accounts.accountsOfOrganization(viewer.organizationId());
        }
        if (viewer.role() != Role.CUSTOMER) {
            return List.of();
        }
        Map<Long, AccountRow> all = new LinkedHashMap<>();
        accounts.accountsOfUser(viewer.userId()).forEach(a -> all.put(a.id(), a));
        for (long id : grants.accountsGrantedTo(viewer.userId(), clock.instant())) {
            if (!all.containsKey(id)) {
                accounts.account(id).ifPresent(a -> all.put(a.id(), a));
            }
        }
        List<AccountRow> list = new ArrayList<>(all.values());
        list.sort(Comparator.comparing(AccountRow::organizationId).thenComparing(AccountRow::number));
        return list;
    }

    /** How the customer holds the account right now; empty when not at all (and always for staff). */
    public Optional<AccessKind> kindOf(Viewer viewer, AccountRow account) {
        if (viewer.role() != Role.CUSTOMER) {
            return Optional.empty();
        }
        if (account.holderUserId() != null && account.holderUserId() == viewer.userId()) {
            return Optional.of(AccessKind.HOLDER);
        }
        return grants.activeGrants(account.id(), viewer.userId(), clock.instant()).stream().map(AccountAccessRow::kind)
                .max(Comparator.naturalOrder());
    }

    public boolean maysee(Viewer viewer, AccountRow account) {
        return may(viewer, account, AccountRight.VIEW);
    }

    /** Staff act on every account of their organization; a customer within the kind they hold it by. */
    public boolean may(Viewer viewer, AccountRow account, AccountRight right) {
        return switch (viewer.role()) {
            case CUSTOMER -> kindOf(viewer, account).map(kind -> kind.allows(right)).orElse(false);
            case OPERATOR, ADMIN -> Objects.equals(viewer.organizationId(), account.organizationId());
            case SUPPLIER -> false;
        };
    }

    /** The same for a customer known by id only (payments, receipts); false for unknown accounts. */
    public boolean customerMay(long userId, long accountId, AccountRight right) {
        return accounts.account(accountId).map(a -> may(Viewer.customer(userId), a, right)).orElse(false);
    }

    /** An operator or administrator of this organization; anyone else is refused. */
    public void requireStaffOf(Viewer viewer, String organizationId) {
        if (!viewer.role().staff() || !Objects.equals(viewer.organizationId(), organizationId)) {
            throw AccessDeniedException.staffOnly();
        }
    }

    public void requireStaff(Viewer viewer) {
        if (!viewer.role().staff()) {
            throw AccessDeniedException.staffOnly();
        }
    }
}
