package io.meterhub.cabinet.accountaccess;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Grants of accounts to users, the accounts' PINs and the tries to attach them. */
public interface AccountAccessRepository {
    /** The user's grants of the account that are in force at the instant. */
    List<AccountAccessRow> activeGrants(long accountId, long userId, Instant at);

    /** The accounts granted to the user (attached or delegated) in force at the instant. */
    List<Long> accountsGrantedTo(long userId, Instant at);

    long grant(long accountId, long userId, AccessKind kind, long grantedBy, Instant at, Instant validUntil);

    /** Revokes the grant if it is not revoked yet; false when it was. */
    boolean revoke(long grantId, long revokedBy, Instant at);

    Optional<AccountAccessRow> grantById(long id);

    /** Every grant of the account, newest first. */
    List<AccountAccessRow> grantsOfAccount(long accountId);

    /** Every grant made to the user other than HOLDER, newest first. */
    List<AccountAccessRow> delegationsTo(long userId);

    /** The accounts with this number: in one organization, or in every organization when it is null. */
    List<AttachTarget> attachTargets(String number, String organizationId);

    /** The organizations that have accounts, by name. */
    List<AttachOrganization> organizationsWithAccounts();

    /** The amount of the account's last charge (its newest period, all services together); empty when it has none. */
    Optional<BigDecimal> lastChargeAmount(long accountId);

    void setPinHash(long accountId, String pinHash);

    void recordAttempt(long userId, Long accountId, String number, String organizationId, AttachOutcome outcome, Instant at);

    /** The user's failed tries (a wrong secret or an unknown number) at or after the instant. */
    int userFailuresSince(long userId, Instant since);

    /** The account's failed tries (a wrong secret, by anyone) at or after the instant. */
    int accountFailuresSince(long accountId, Instant since);

    /** A customer login by its login, email or phone (E.164). */
    Optional<GrantedUser> customerByLoginEmailOrPhone(String login, String email, String phoneE164);

    Optional<GrantedUser> user(long id);
}
