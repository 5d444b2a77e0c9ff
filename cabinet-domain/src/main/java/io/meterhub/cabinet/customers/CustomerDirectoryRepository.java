package io.meterhub.cabinet.customers;

import java.util.List;
import java.util.Optional;

/**
 * The control panel's view of customers: the search (one organization, one page, indexed: see
 * V18__customer_search.sql), a customer's record and accounts, and moving an account from one holder
 * record to another.
 */
public interface CustomerDirectoryRepository {
    /**
     * @param prefix   a LIKE pattern for numbers and serials ({@code "ls-12%"})
     * @param anywhere a LIKE pattern for names and addresses ({@code "%ленина%"})
     */
    List<MatchRow> search(String organizationId, String prefix, String anywhere, int limit, long offset);

    Optional<HolderRow> holder(long customerId);

    /** The customer record of a login, if it has one. */
    Optional<HolderRow> holderOfUser(long userId);

    /** The holder's accounts with one organization, by number. */
    List<CardAccountRow> accountsOf(long customerId, String organizationId);

    Optional<CardAccountRow> account(long accountId);

    List<CardMeterRow> metersOf(long accountId);

    Optional<CardMeterRow> meter(long meterId);

    /** Gives a login to a holder record that has none; false when it has one already. */
    boolean attachLogin(long customerId, long userId);

    /** A holder record of the same kind and name, with or without a login, and no personal data of its own yet. */
    long createHolder(Long userId, String kind, String fullName);

    /** Moves the account to another holder record, if it is still held by {@code fromHolderId}. */
    boolean moveAccount(long accountId, long fromHolderId, long toHolderId);
}
