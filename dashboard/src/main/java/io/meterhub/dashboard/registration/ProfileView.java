package io.meterhub.dashboard.registration;

import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.registration.ApplicantProfile;
import io.meterhub.cabinet.registration.FieldProblem;
import io.meterhub.cabinet.registration.FormRejectedException;
import io.meterhub.cabinet.registration.RegistrationService;
import io.meterhub.cabinet.access.Role;
import io.meterhub.dashboard.ui.FactLine;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.Texts;
import io.meterhub.dashboard.ui.CustomerPage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.util.Optional;

/**
 * The applicant's data for a customer who signed up before applications existed, or who wants to
 * change them: the profile as the cabinet keeps it (masked), and the form to enter it anew with the
 * same checks as the sign-up. A new or changed phone is confirmed by a code on the sign-up's second step.
 */
@Route(value = ProfileView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class ProfileView extends CustomerPage {
    public static final String ROUTE = "connection/profile";
    public static final String SAVE_ID = "profile-save";
    public static final String ERROR_ID = "profile-error";

    public ProfileView(AuthenticationContext authentication, RegistrationService registration) {
        super("registration.profile.title", authentication);
        Optional<ApplicantProfile> saved = registration.profile(viewer);
        saved.ifPresentOrElse(profile -> add(card(FactLine.of(this, "connection.applicant", profile.displayName(), "profile-name"),
                        FactLine.of(this, "connection.category", Texts.of(this, "connectionfee.category", profile.category()), "profile-category"),
                        FactLine.of(this, "registration.phone", profile.phone()
                                + (profile.phoneConfirmed() ? "" : " · " + getTranslation("registration.profile.unconfirmed")), "profile-phone"))),
                () -> add(secondary(getTranslation("registration.profile.none"))));
        add(secondary(getTranslation("registration.profile.lead")));
        ProfileFields fields = new ProfileFields();
        Span error = new Span();
        error.setId(ERROR_ID);
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("display", "block");
        Button save = new Button(getTranslation("registration.profile.save"), click -> {
            error.setText("");
            if (!fields.check()) {
                error.setText(getTranslation("connection.form.fix-fields"));
                return;
            }
            try {
                ApplicantProfile profile = registration.saveProfile(viewer, fields.value());
                getUI().ifPresent(ui -> ui.navigate(profile.phoneConfirmed() ? RegistrationView.APPLICATIONS_ROUTE : RegistrationView.ROUTE));
            } catch (FormRejectedException e) {
                for (FieldProblem problem : e.problems()) {
                    if (!fields.show(problem)) {
                        error.setText(problem.message(Texts.locale()));
                    }
                }
            } catch (CabinetException e) {
                error.setText(Texts.refusal(this, e));
            }
        });
        save.setId(SAVE_ID);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(fields, error, save);
    }
}
