package io.meterhub.dashboard.ui;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.dashboard.security.CurrentUser;
import io.meterhub.dashboard.security.MeterhubUser;
import com.vaadin.flow.spring.security.AuthenticationContext;

import java.util.Optional;

/** The logged-in operator or administrator as the cabinet's services see them. */
public final class StaffViewer {
    private StaffViewer() {
    }

    /** Empty when nobody is logged in, the user is not staff, or their account names no organization. */
    public static Optional<Viewer> of(AuthenticationContext authentication) {
        return CurrentUser.of(authentication).flatMap(StaffViewer::of);
    }

    public static Optional<Viewer> of(MeterhubUser user) {
        if (!user.role().staff() || user.organizationId() == null || user.organizationId().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Viewer(user.id(), user.role(), user.organizationId()));
    }
}
