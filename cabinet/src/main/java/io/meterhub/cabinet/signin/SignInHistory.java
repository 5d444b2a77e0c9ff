package io.meterhub.cabinet.signin;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;

import java.time.Instant;
import java.util.List;

/**
 * "Where you signed in": a user's own attempts (also the failed and locked ones, so a stranger's guessing shows), and
 * for an organization's administrator those on the organization's staff and customers.
 */
public final class SignInHistory {
    public static final int MAX_ROWS = 500;

    private final SignInRepository attempts;

    public SignInHistory(SignInRepository attempts) {
        this.attempts = attempts;
    }

    public List<SignIn> mine(Viewer viewer, int limit) {
        return attempts.ofUser(viewer.userId(), Math.max(1, Math.min(limit, MAX_ROWS))).stream().map(SignIn::of).toList();
    }

    /**
     * @param text    part of the login or the address; blank for any
     * @param outcome null for any
     */
    public List<SignIn> search(Viewer admin, String text, SignInOutcome outcome, Instant from, Instant to) {
        if (admin.role() != Role.ADMIN) {
            throw AccessDeniedException.staffOnly();
        }
        String part = text == null || text.isBlank() ? null : text.strip().toLowerCase(java.util.Locale.ROOT);
        return attempts.ofOrganization(admin.organizationId(), part, outcome == null ? null : outcome.name(), from, to, MAX_ROWS).stream()
                .map(SignIn::of).toList();
    }
}
