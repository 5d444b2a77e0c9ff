package io.meterhub.dashboard.coverage;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.meterhub.cabinet.coverage.CoverageMap;
import io.meterhub.dashboard.ui.PublicPage;

/** "Карта присутствия" open without login, as the login page and the cost calculator are. */
@Route(PublicCoverageView.ROUTE)
@AnonymousAllowed
public class PublicCoverageView extends PublicPage {
    public static final String ROUTE = "coverage-map";

    public PublicCoverageView(CoverageMap map) {
        super("coverage.title", "coverage.lead");
        setMaxWidth("1100px");
        add(new CoverageMapPanel(map));
    }
}
