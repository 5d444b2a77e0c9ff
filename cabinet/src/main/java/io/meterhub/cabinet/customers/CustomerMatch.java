package io.meterhub.cabinet.customers;

/**
 * One account a search found, with its holder (a person by surname and initials) and what matched.
 *
 * @param matchedText the number, serial, name (shown as the holder is) or address that matched
 */
public record CustomerMatch(long customerId, String holder, long accountId, String accountNumber, String address, SearchKey matchedBy,
                            String matchedText) {
}
