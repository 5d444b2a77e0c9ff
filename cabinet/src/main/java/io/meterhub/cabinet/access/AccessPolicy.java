package io.meterhub.cabinet.access;

import io.meterhub.cabinet.accounts.AccountMeterRow;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.AccountRow;
import io.meterhub.cabinet.readings.ManualReadingRepository;
import io.meterhub.cabinet.readings.ReadingRow;

import java.util.List;
import java.util.Objects;

/**
 * Who may see what: a customer the accounts they hold, an operator or administrator the accounts of
 * their organization. Everything else is "no such ...", whether it exists or not.
 */
public final class AccessPolicy {
    private final AccountRepository accounts;
    private final ManualReadingRepository readings;

    public AccessPolicy(AccountRepository accounts, ManualReadingRepository readings) {
        this.accounts = accounts;
        this.readings = readings;
    }

    public AccountRow account(Viewer viewer, long accountId) {
        AccountRow account = accounts.account(accountId).orElseThrow(AccessDeniedException::noSuchAccount);
        if (!maysee(viewer, account)) {
            throw AccessDeniedException.noSuchAccount();
        }
        return account;
    }

    public AccountMeterRow meter(Viewer viewer, long accountMeterId) {
        AccountMeterRow meter = accounts.meter(accountMeterId).orElseThrow(AccessDeniedException::noSuchMeter);
        AccountRow account = accounts.account(meter.accountId()).orElseThrow(AccessDeniedException::noSuchMeter);
        if (!maysee(viewer, account)) {
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

    /** The accounts the viewer may see. */
    public List<AccountRow> accounts(Viewer viewer) {
        return viewer.role().staff() ? accounts.accountsOfOrganization(viewer.organizationId()) : accounts.accountsOfUser(viewer.userId());
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

    public static boolean maysee(Viewer viewer, AccountRow account) {
        return switch (viewer.role()) {
            case CUSTOMER -> account.holderUserId() != null && account.holderUserId() == viewer.userId();
            case OPERATOR, ADMIN -> Objects.equals(viewer.organizationId(), account.organizationId());
            case SUPPLIER -> false;
        };
    }
}
