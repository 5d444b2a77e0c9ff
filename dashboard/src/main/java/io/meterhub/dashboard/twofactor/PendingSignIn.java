package io.meterhub.dashboard.twofactor;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A login whose password was right and whose second factor is still to come, as the HTTP session holds it: the
 * authentication the provider returned (set as the session's only when the code is right), who and from where.
 *
 * @param authentication what the provider returned; never the session's security context while pending
 */
public record PendingSignIn(Authentication authentication, long userId, String address, String userAgent, Instant since)
        implements Serializable {
    public static final String ATTRIBUTE = PendingSignIn.class.getName();
    /** A pending sign-in left alone this long is dropped: the password is asked again. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    public boolean expired(Instant now) {
        return since.plus(LIFETIME).isBefore(now);
    }

    public static Optional<PendingSignIn> of(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof PendingSignIn p ? live(p, () -> session.removeAttribute(ATTRIBUTE))
                : Optional.empty();
    }

    public static Optional<PendingSignIn> of(WrappedSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof PendingSignIn p ? live(p, () -> session.removeAttribute(ATTRIBUTE))
                : Optional.empty();
    }

    private static Optional<PendingSignIn> live(PendingSignIn pending, Runnable drop) {
        if (pending.expired(Instant.now())) {
            drop.run();
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    @Override
    public String toString() {
        return "PendingSignIn[user " + userId + " since " + since + "]";
    }
}
