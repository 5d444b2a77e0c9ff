package io.meterhub.cabinet.twofactor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A user's second factors and recovery codes. */
public interface SecondFactorRepository {
    Optional<SecondFactorRow> find(long userId);

    /** A new authenticator secret waiting for its first code; replaces any earlier one (confirmed or not). */
    void startTotp(long userId, byte[] sealedSecret, Instant at);

    /** The pending secret is confirmed by a code of {@code step}. */
    void confirmTotp(long userId, long step, Instant at);

    /** Takes the time step as used: false when it, or a later one, was used already (a code passes once). */
    boolean useTotpStep(long userId, long step);

    void setEmailCode(long userId, boolean on, Instant at);

    /** The user's recovery codes become these (all earlier ones stop working). */
    void replaceRecoveryCodes(long userId, List<byte[]> hashes, Instant at);

    /** Uses the recovery code once: false when there is no such unused code. */
    boolean useRecoveryCode(long userId, byte[] hash, Instant at);

    int unusedRecoveryCodes(long userId);

    /** The user proved who they are (password or second factor) at this moment. */
    void authenticated(long userId, Instant at);

    Optional<Instant> lastAuthenticated(long userId);
}
