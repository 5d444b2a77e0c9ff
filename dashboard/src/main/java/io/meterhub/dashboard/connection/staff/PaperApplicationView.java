package io.meterhub.dashboard.connection.staff;

import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.dashboard.ui.RequiresModule;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.connection.ApplicationDetail;
import io.meterhub.cabinet.connection.ConnectionFeature;
import io.meterhub.cabinet.connection.PaperApplicant;
import io.meterhub.cabinet.registration.FieldProblem;
import io.meterhub.cabinet.registration.FormRejectedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.dashboard.services.CurrentViewer;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.connection.ApplicationFormView;
import io.meterhub.dashboard.ui.Texts;
import io.meterhub.dashboard.ui.OperatorPage;
import io.meterhub.dashboard.registration.ProfileFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import io.meterhub.cabinet.organizations.OrganizationKind;
import io.meterhub.dashboard.ui.ForOrganizations;

/**
 * An application brought on paper, registered by the grid company's staff on the applicant's behalf:
 * the applicant is a customer with a login (by login) or a new applicant typed in from the paper
 * (identifiers checked as at the sign-up). It opens as a draft marked "on paper"; staff fill its steps
 * from the paper, upload its scans in the documents step and submit it.
 */
@Menu(title = "nav.connection-paper", order = 15, icon = "vaadin:file-add")
@RequiresModule(StaffModule.APPEALS)
@ForOrganizations(OrganizationKind.GRID_COMPANY)
@Route(value = PaperApplicationView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
public class PaperApplicationView extends OperatorPage {
    public static final String ROUTE = "connection/paper";
    public static final String WHO_ID = "paper-who";
    public static final String LOGIN_ID = "paper-login";
    public static final String REGISTER_ID = "paper-register";
    public static final String ERROR_ID = "paper-error";

    enum Who { EXISTING, NEW }

    public PaperApplicationView(AuthenticationContext authentication, ConnectionFeature service) {
        super("connection.paper.title");
        Viewer staff = CurrentViewer.require(authentication);
        setWidthFull();
        add(note(getTranslation("connection.paper.lead"), null));
        RadioButtonGroup<Who> who = new RadioButtonGroup<>();
        who.setId(WHO_ID);
        who.setItems(Who.values());
        who.setItemLabelGenerator(w -> getTranslation("connection.paper.who." + w.name()));
        who.setValue(Who.NEW);
        TextField login = new TextField(getTranslation("connection.paper.login"));
        login.setId(LOGIN_ID);
        login.addValueChangeListener(change -> login.setInvalid(false));
        ProfileFields profile = new ProfileFields();
        login.setVisible(false);
        who.addValueChangeListener(change -> {
            login.setVisible(change.getValue() == Who.EXISTING);
            profile.setVisible(change.getValue() == Who.NEW);
        });
        Span error = new Span();
        error.setId(ERROR_ID);
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("display", "block");
        Button register = new Button(getTranslation("connection.paper.register"), click -> {
            error.setText("");
            boolean existing = who.getValue() == Who.EXISTING;
            if (!existing && !profile.check()) {
                error.setText(getTranslation("connection.form.fix-fields"));
                return;
            }
            try {
                ApplicationDetail draft = service.form().registerPaper(staff, existing ? new PaperApplicant(login.getValue().trim(), null)
                        : new PaperApplicant(null, profile.value()));
                getUI().ifPresent(ui -> ui.navigate(ApplicationFormView.route(draft.summary().id(), 1)));
            } catch (FormRejectedException e) {
                for (FieldProblem problem : e.problems()) {
                    if (!profile.show(problem)) {
                        error.setText(problem.message(Texts.locale()));
                    }
                }
            } catch (CabinetException e) {
                error.setText(Texts.refusal(this, e));
                if (existing) {
                    login.setErrorMessage(error.getText());
                    login.setInvalid(true);
                }
            }
        });
        register.setId(REGISTER_ID);
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(who, login, profile, error, register);
    }
}
