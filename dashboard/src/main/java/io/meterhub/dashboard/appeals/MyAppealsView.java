package io.meterhub.dashboard.appeals;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.appeals.Appeal;
import io.meterhub.cabinet.appeals.AppealsFeature;
import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.dashboard.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.util.List;

/** "Обращения": the customer's appeals, newest first (number, date, subject, status, deadline), and "write an appeal". */
@Menu(title = "nav.appeals", order = 7, icon = "vaadin:envelope-o")
@Route(value = MyAppealsView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class MyAppealsView extends CustomerPage implements BeforeEnterObserver {
    public static final String ROUTE = "appeals";
    public static final String LIST_ID = "my-appeals";
    public static final String NEW_ID = "my-appeals-new";

    private final transient AppealsFeature appeals;
    private final transient Clock clock;

    public MyAppealsView(AuthenticationContext authentication, AppealsFeature appeals, Clock clock) {
        super("appeals.my.title", authentication);
        this.appeals = appeals;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reset();
        Anchor write = new Anchor(NewAppealView.ROUTE, getTranslation("appeals.my.new"));
        write.setId(NEW_ID);
        add(write);
        List<Appeal> mine = appeals.filing().mine(viewer);
        Div list = new Div();
        list.setId(LIST_ID);
        list.setWidthFull();
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        if (mine.isEmpty()) {
            list.add(secondary(getTranslation("appeals.my.none")));
        }
        mine.forEach(appeal -> list.add(AppealFacts.summary(this, appeal, appeal.overdue(clock.instant()), AppealView.route(appeal.id()))));
        add(list);
    }
}
