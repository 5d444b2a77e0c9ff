package io.meterhub.dashboard.appeals;

import io.meterhub.dashboard.ratings.RatingBlock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.appeals.AppealAction;
import io.meterhub.cabinet.appeals.AppealCard;
import io.meterhub.cabinet.appeals.AppealsFeature;
import io.meterhub.cabinet.appeals.NotificationsForAppeals;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.ratings.ServiceRatings;
import io.meterhub.dashboard.correspondence.MessageThread;
import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.dashboard.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * The customer's appeal ({@code appeals/<id>}, the link of every notice): number, date, status and deadline, the
 * correspondence with a form to write more until it is closed, and "reopen" within the period after the answer.
 */
@Route(value = AppealView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class AppealView extends CustomerPage implements BeforeEnterObserver {
    public static final String ROUTE = "appeals/:id([0-9]{1,18})";
    public static final String REOPEN_ID = "appeal-reopen";
    public static final String MESSAGE_ID = "appeal-message";

    private final transient AppealsFeature appeals;
    private final transient ServiceRatings ratings;
    private final Span message = new Span();
    private long appealId;

    public AppealView(AuthenticationContext authentication, AppealsFeature appeals, ServiceRatings ratings) {
        super("appeals.appeal.title", authentication);
        this.appeals = appeals;
        this.ratings = ratings;
        message.setId(MESSAGE_ID);
        message.getStyle().set("display", "block");
    }

    public static String route(long appealId) {
        return NotificationsForAppeals.link(appealId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        appealId = event.getRouteParameters().getLong("id").orElse(-1L);
        message.setText("");
        refresh();
    }

    private void refresh() {
        reset();
        AppealCard card;
        try {
            card = appeals.queries().card(viewer, appealId);
        } catch (AccessDeniedException e) {
            showNotFound(e.code());
            return;
        }
        add(new Anchor(MyAppealsView.ROUTE, getTranslation("appeals.back")));
        add(card(AppealFacts.summary(this, card.appeal(), card.overdue(), null), AppealFacts.details(this, card.appeal())), message);
        if (card.actions().contains(AppealAction.REOPEN)) {
            Button reopen = new Button(getTranslation("appeals.reopen"), click -> {
                try {
                    appeals.filing().reopen(viewer, appealId);
                    refresh();
                    message.setText(getTranslation("appeals.reopened"));
                } catch (CabinetException e) {
                    message.setText(refusal(e));
                }
            });
            reopen.setId(REOPEN_ID);
            add(reopen);
        }
        if (card.appeal().answeredAt() != null) {
            add(new RatingBlock(ratings.ofAppeal(viewer, appealId).orElse(null),
                    (score, comment) -> ratings.rateAppeal(viewer, appealId, score, comment)));
        }
        MessageThread.Sender sender = card.actions().contains(AppealAction.WRITE)
                ? (text, files) -> appeals.filing().write(viewer, appealId, text, files) : null;
        add(card(new H3(getTranslation("appeals.thread")), AppealFacts.thread(this, appeals.queries(), viewer, card, sender, this::refresh)),
                card(new H3(getTranslation("appeals.history")), AppealFacts.history(this, card)));
    }
}
