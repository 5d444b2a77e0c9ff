package io.meterhub.dashboard.services;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.dashboard.security.CurrentUser;
import io.meterhub.dashboard.security.MeterhubUser;
import com.vaadin.flow.spring.security.AuthenticationContext;

import java.util.Optional;

/** The cabinet's {@link Viewer} of the logged-in user: what every cabinet service call takes. */
public final class CurrentViewer {
    private CurrentViewer() {
    }

    public static Optional<Viewer> of(AuthenticationContext authentication) {
        return CurrentUser.of(authentication).map(CurrentViewer::viewer);
    }

    /** The viewer; a view only reachable after login may rely on it. */
    public static Viewer require(AuthenticationContext authentication) {
        return of(authentication).orElseThrow(() -> new IllegalStateException("no user is logged in"));
    }

    public static Viewer viewer(MeterhubUser user) {
        return new Viewer(user.id(), user.role(), user.organizationId());
    }
}
