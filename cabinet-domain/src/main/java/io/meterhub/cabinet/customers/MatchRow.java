package io.meterhub.cabinet.customers;

/**
 * An account that a search matched, with its holder and what matched.
 *
 * @param matchedBy   ACCOUNT_NUMBER, METER_SERIAL, NAME or ADDRESS
 * @param matchedText the account number, meter serial, name or address that matched
 */
public record MatchRow(long customerId, String holderKind, String holderName, long accountId, String accountNumber, String address,
                       String matchedBy, String matchedText) {
}
