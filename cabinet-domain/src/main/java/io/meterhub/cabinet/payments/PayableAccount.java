package io.meterhub.cabinet.payments;

/**
 * What a payment needs to know of an account: its organization and the customer's user who holds it.
 *
 * @param holderUserId null when the holder has no login
 */
public record PayableAccount(long accountId, String number, String organizationId, Long holderUserId) {
}
