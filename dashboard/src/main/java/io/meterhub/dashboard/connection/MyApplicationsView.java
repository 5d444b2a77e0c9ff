package io.meterhub.dashboard.connection;

import io.meterhub.dashboard.ui.ConnectionFormat;
import io.meterhub.dashboard.ui.Texts;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.connection.ApplicationDetail;
import io.meterhub.cabinet.connection.ApplicationStatus;
import io.meterhub.cabinet.connection.ApplicationSummary;
import io.meterhub.cabinet.connection.ConnectionFeature;
import io.meterhub.cabinet.connection.OrganizationChoice;
import io.meterhub.cabinet.access.Role;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.calculator.FeeCalculatorView;
import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.dashboard.registration.ProfileView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/**
 * "Мои заявки": the applicant's grid connection applications, newest first (number, status, the
 * running deadline, overdue ones marked), each opening its page (a draft opens its form); and a new
 * application with the chosen grid company, whose form starts prefilled from the profile.
 */
@Menu(title = "nav.connection", order = 6, icon = "vaadin:connect")
@Route(value = MyApplicationsView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class MyApplicationsView extends CustomerPage implements BeforeEnterObserver {
    public static final String ROUTE = "connection/applications";
    public static final String LIST_ID = "my-applications";
    public static final String ORGANIZATION_ID = "new-application-organization";
    public static final String CREATE_ID = "new-application-create";
    public static final String CREATE_ERROR_ID = "new-application-error";
    public static final String PROFILE_LINK_ID = "applicant-profile";

    public static final String PREFILL_ID = "new-application-power";

    private final transient ConnectionFeature service;
    private transient java.util.Optional<java.math.BigDecimal> power = java.util.Optional.empty();

    public MyApplicationsView(AuthenticationContext authentication, ConnectionFeature service) {
        super("connection.my.title", authentication);
        this.service = service;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reset();
        power = PowerPrefill.read(event.getLocation());
        add(newApplication());
        List<ApplicationSummary> applications = service.queries().myApplications(viewer);
        Div list = new Div();
        list.setId(LIST_ID);
        list.setWidthFull();
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        if (applications.isEmpty()) {
            list.add(secondary(getTranslation("connection.my.none")));
        }
        for (ApplicationSummary application : applications) {
            list.add(card(application));
        }
        add(list);
    }

    private Div newApplication() {
        Select<OrganizationChoice> organization = new Select<>();
        organization.setId(ORGANIZATION_ID);
        organization.setLabel(getTranslation("connection.organization"));
        List<OrganizationChoice> companies = service.form().gridCompanies();
        organization.setItems(companies);
        organization.setItemLabelGenerator(OrganizationChoice::name);
        if (companies.size() == 1) {
            organization.setValue(companies.get(0));
        }
        Span error = new Span();
        error.setId(CREATE_ERROR_ID);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button create = new Button(getTranslation("connection.my.create"), click -> {
            if (organization.getValue() == null) {
                organization.setErrorMessage(getTranslation("connection.field.required"));
                organization.setInvalid(true);
                return;
            }
            try {
                ApplicationDetail draft = service.form().createDraft(viewer, organization.getValue().id());
                getUI().ifPresent(ui -> PowerPrefill.navigate(ui, ApplicationFormView.route(draft.summary().id(), 1), power));
            } catch (CabinetException e) {
                error.setText(Texts.refusal(this, e));
            }
        });
        RouterLink profile = new RouterLink(getTranslation("registration.profile.title"), ProfileView.class);
        profile.setId(PROFILE_LINK_ID);
        create.setId(CREATE_ID);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = ApplicationFacts.row(organization, create);
        RouterLink calculator = new RouterLink(getTranslation("connection.calculator.title"), FeeCalculatorView.class);
        HorizontalLayout links = ApplicationFacts.row(profile, calculator);
        Div card = card(new H3(getTranslation("connection.my.new")), secondary(getTranslation("connection.my.new.lead")), row, error, links);
        power.ifPresent(kw -> {
            // the power calculator sent the customer here: the form's step 3 starts with its result
            Span prefill = new Span(getTranslation("connection.my.power-from-calculator", ConnectionFormat.number(kw, getLocale())));
            prefill.setId(PREFILL_ID);
            prefill.getStyle().set("font-weight", "600");
            card.addComponentAtIndex(1, prefill);
        });
        return card;
    }

    private Div card(ApplicationSummary application) {
        boolean draft = application.status() == ApplicationStatus.DRAFT;
        String target = draft ? ApplicationFormView.route(application.id(), 1) : ApplicationView.route(application.id());
        Anchor open = new Anchor(target, application.number() == null ? getTranslation("connection.draft") : application.number());
        open.setId("application-open-" + application.id());
        open.getStyle().set("font-weight", "600");
        Span status = new Span(Texts.status(this, application.status()));
        status.setId("application-status-" + application.id());
        HorizontalLayout head = ApplicationFacts.row(open, status);
        Div card = card(head, secondary(application.organizationName()
                + (application.address() == null ? "" : " · " + application.address())));
        card.setId("application-" + application.id());
        if (application.deadline() != null) {
            Div deadline = new Div(new Span(getTranslation("connection.deadline") + ": " + ConnectionFormat.date(application.deadline(), getLocale())));
            if (application.overdue()) {
                deadline.add(ApplicationFacts.overdue(this));
            }
            card.add(deadline);
        }
        return card;
    }
}
