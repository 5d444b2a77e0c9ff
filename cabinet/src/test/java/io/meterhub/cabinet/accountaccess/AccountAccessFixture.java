package io.meterhub.cabinet.accountaccess;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.ledger.NewEntry;
import io.meterhub.storage.cabinet.accountaccess.JdbcAccountAccessRepository;
import io.meterhub.storage.cabinet.ledger.JdbcLedgerRepository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Accounts loaded without a login (as a data load brings them), with a PIN or charges: what customers attach. */
final class AccountAccessFixture {
    private final Fixture fixture;
    private final JdbcAccountAccessRepository grants;

    AccountAccessFixture(Fixture fixture) {
        this.fixture = fixture;
        this.grants = new JdbcAccountAccessRepository(fixture.dataSource);
    }

    /** An account whose customer has no login, with the PIN (null for none) and electricity. */
    long loadedAccount(String number, String organizationId, String pin) {
        long customer = fixture.accounts.createCustomer(null, "INDIVIDUAL", "Петрова Анна Сергеевна", null, null, null, null);
        long account = fixture.accounts.createAccount(number, organizationId, customer, "Самара, ул. Гагарина, 5, кв. " + number, LocalDate.of(2021, 1, 1));
        fixture.accounts.addService(account, "ELECTRICITY");
        if (pin != null) {
            grants.setPinHash(account, Pins.hash(pin));
        }
        return account;
    }

    void charge(long accountId, String service, LocalDate period, String amount) {
        new JdbcLedgerRepository(fixture.dataSource).insertNew(List.of(new NewEntry(accountId, service, "CHARGE", period, new BigDecimal(amount),
                "charge", "test:" + accountId + ":" + service + ":" + period, List.of())));
    }

    long count(String sql, Object... parameters) {
        return io.meterhub.storage.cabinet.Jdbc.one(fixture.dataSource, sql, r -> r.getLong(1), parameters).orElseThrow();
    }
}
