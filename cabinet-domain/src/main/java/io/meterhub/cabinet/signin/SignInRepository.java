package io.meterhub.cabinet.signin;

import java.time.Instant;
import java.util.List;

/** Sign-in attempts. */
public interface SignInRepository {
    void record(String login, String address, Long userId, String outcome, String userAgent, Instant at);

    /** The login's failures after its last success, newest first, those at or after {@code since} only. */
    List<Instant> failuresSinceSuccess(String login, Instant since);

    /** The address's failures (of any login) at or after {@code since}, newest first. */
    List<Instant> addressFailures(String address, Instant since);

    /** How many wrong second-factor codes the user typed at or after {@code since}. */
    int codeFailures(long userId, Instant since);

    /** The user's attempts, newest first. */
    List<SignInAttemptRow> ofUser(long userId, int limit);

    /**
     * The attempts on the organization's users, newest first, filtered; null filters take any.
     *
     * @param loginOrAddress part of the login or the address
     */
    List<SignInAttemptRow> ofOrganization(String organizationId, String loginOrAddress, String outcome, Instant from, Instant to, int limit);
}
