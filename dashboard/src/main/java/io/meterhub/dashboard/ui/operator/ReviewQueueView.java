package io.meterhub.dashboard.ui.operator;

import io.meterhub.dashboard.security.Role;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.PlaceholderView;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The operator's queue of flagged items to decide. To be built over the cabinet's services. */
@Route(value = "review-queue", layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
public class ReviewQueueView extends PlaceholderView {
    public ReviewQueueView() {
        super("nav.review-queue");
    }
}
