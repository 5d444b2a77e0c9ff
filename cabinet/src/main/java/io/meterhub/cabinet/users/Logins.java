package io.meterhub.cabinet.users;

import io.meterhub.cabinet.common.ValidationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Whether a login may be used, for staff and customers alike: blocks, ended sessions, one-time
 * password links by email. Holds no rights of its own: the staff and customer services check who
 * may ask, then call here, and write the audit log.
 */
public final class Logins {
    /** How long a password link may be used. */
    public static final Duration RESET_VALID = Duration.ofHours(24);
    public static final String RESET_ROUTE = "password-reset/";
    public static final String WRONG_CURRENT = "user.password_wrong_current";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LoginRepository logins;
    private final ResetLinkSender resetLinks;
    private final Clock clock;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

    public Logins(LoginRepository logins, ResetLinkSender resetLinks, Clock clock) {
        this.logins = logins;
        this.resetLinks = resetLinks;
        this.clock = clock;
    }

    /** Blocks the login and ends its sessions (the caller has checked the reason). */
    public void block(long userId, String reason) {
        logins.block(userId, reason.strip(), clock.instant());
    }

    public void unblock(long userId) {
        logins.unblock(userId);
    }

    /** Every session of the user that exists now ends at its next request. */
    public void endSessions(long userId) {
        logins.endSessions(userId, clock.instant());
    }

    public void setEmail(long userId, String email) {
        logins.setEmail(userId, email);
    }

    /** The login's state: blocked (and why) or not, and its email. */
    public Optional<LoginRepository.SessionState> state(long userId) {
        return logins.sessionState(userId);
    }

    /**
     * Emails the user a link to set a new password, valid for {@link #RESET_VALID}, usable once.
     *
     * @return false when it could not be sent (no address)
     */
    public boolean sendPasswordReset(long userId, long requestedBy) {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        logins.createReset(sha256(text), userId, requestedBy, clock.instant().plus(RESET_VALID));
        boolean hasEmail = logins.sessionState(userId).map(s -> s.email() != null && !s.email().isBlank()).orElse(false);
        return hasEmail && resetLinks.send(userId, RESET_ROUTE + text);
    }

    /** Sets the password of the link's user and ends their sessions; refuses a used, expired or unknown link. */
    public void resetPassword(String linkToken, String newPassword) {
        PasswordPolicy.check(null, newPassword);
        Instant now = clock.instant();
        long userId = logins.useReset(sha256(linkToken == null ? "" : linkToken), now)
                .orElseThrow(() -> new ValidationException("staff.reset_link_invalid"));
        logins.setPasswordHash(userId, encoder.encode(newPassword), now);
    }

    /**
     * The user changes their own password, proving the current one; every session of theirs ends (the caller keeps the one
     * the change was made in, see the dashboard's {@code EndedSessionFilter.renew}).
     *
     * @return when the other sessions ended
     */
    public Instant changePassword(UserAccount user, String currentPassword, String newPassword) {
        if (currentPassword == null || !encoder.matches(currentPassword, user.passwordHash())) {
            throw new ValidationException(WRONG_CURRENT);
        }
        PasswordPolicy.check(user.login(), newPassword);
        // as PostgreSQL keeps it (microseconds), so the session renewed at this moment is not "before" it
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        logins.setPasswordHash(user.id(), encoder.encode(newPassword), now);
        return now;
    }

    /** True when the user's session that began at {@code sessionStart} may go on: not blocked, not ended since. */
    public boolean sessionValid(long userId, Instant sessionStart) {
        Optional<LoginRepository.SessionState> state = logins.sessionState(userId);
        return state.isPresent() && state.get().blockedAt() == null
                && (state.get().sessionsValidAfter() == null || !sessionStart.isBefore(state.get().sessionsValidAfter()));
    }

    /** A password nobody knows, for a login whose owner sets theirs by the emailed link. */
    public static String unknowablePassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
