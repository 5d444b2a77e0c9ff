package io.meterhub.dashboard.registration;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.registration.FieldProblem;
import io.meterhub.cabinet.registration.FormRejectedException;
import io.meterhub.cabinet.registration.ProfileForm;
import io.meterhub.cabinet.registration.RegistrationService;
import io.meterhub.cabinet.registration.SignUp;
import io.meterhub.dashboard.security.MeterhubUser;
import io.meterhub.cabinet.access.Role;
import io.meterhub.dashboard.services.OneTimeCodeDelivery;
import io.meterhub.dashboard.ui.ConnectionFormat;
import io.meterhub.dashboard.ui.PublicPage;
import io.meterhub.dashboard.ui.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Instant;
import java.util.Locale;
import io.meterhub.cabinet.twofactor.SecondFactors;

/**
 * Sign-up of an applicant, open without login. First the form: the category (a person, a sole
 * proprietor, a company) with the identifiers it needs, each checked on its field as soon as it is
 * left, the phone, the email, the login and the password. "Register" creates the account and signs
 * the person in; a one-time code goes to the phone and the second step confirms it, after which the
 * applications page opens. A mistake is shown on its field; nothing typed is lost. A signed-in
 * customer whose phone is not confirmed yet comes here for the second step.
 */
@Route(RegistrationView.ROUTE)
@AnonymousAllowed
public class RegistrationView extends PublicPage implements BeforeEnterObserver {
    /** Where a customer goes on to: the connection feature's list of applications. */
    static final String APPLICATIONS_ROUTE = "connection/applications";
    public static final String ROUTE = "register";
    public static final String LOGIN_ID = "reg-login";
    public static final String PASSWORD_ID = "reg-password";
    public static final String PASSWORD_AGAIN_ID = "reg-password-again";
    public static final String SUBMIT_ID = "reg-submit";
    public static final String ERROR_ID = "reg-error";
    public static final String CODE_STEP_ID = "reg-code-step";
    public static final String CODE_ID = "reg-code";
    public static final String CONFIRM_ID = "reg-confirm";
    public static final String RESEND_ID = "reg-resend";
    public static final String CODE_SENT_ID = "reg-code-sent";

    private final transient SecondFactors secondFactors;
    private final transient RegistrationService registration;
    private final transient UserDetailsService users;
    private final transient AuthenticationContext authentication;
    private final transient OneTimeCodeDelivery codes;
    private final ProfileFields profile = new ProfileFields();
    private final TextField login = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField passwordAgain = new PasswordField();
    private final Span error = new Span();
    private final Div form = new Div();
    private final Div codeStep = new Div();
    private final TextField code = new TextField();
    private final Span codeSent = new Span();
    private transient Viewer registered;

    public RegistrationView(RegistrationService registration, UserDetailsService users, AuthenticationContext authentication,
                            OneTimeCodeDelivery codes, SecondFactors secondFactors) {
        super("registration.title", "registration.lead");
        this.secondFactors = secondFactors;
        this.registration = registration;
        this.codes = codes;
        this.users = users;
        this.authentication = authentication;
        buildForm();
        buildCodeStep();
        add(form, codeStep);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (registered != null) {
            return;
        }
        authentication.getAuthenticatedUser(MeterhubUser.class).ifPresent(user -> {
            Viewer viewer = Viewer.customer(user.id());
            if (user.role() == Role.CUSTOMER && registration.profile(viewer).filter(p -> !p.phoneConfirmed()).isPresent()) {
                showCodeStep(viewer, false);
            } else {
                event.forwardTo(user.role() == Role.CUSTOMER ? APPLICATIONS_ROUTE : "");
            }
        });
    }

    private void buildForm() {
        login.setId(LOGIN_ID);
        login.setLabel(getTranslation("registration.login"));
        login.setHelperText(getTranslation("registration.login.help"));
        login.setWidthFull();
        password.setId(PASSWORD_ID);
        password.setLabel(getTranslation("registration.password"));
        password.setHelperText(getTranslation("registration.password.help"));
        password.setWidthFull();
        passwordAgain.setId(PASSWORD_AGAIN_ID);
        passwordAgain.setLabel(getTranslation("registration.password.again"));
        passwordAgain.setWidthFull();
        login.addValueChangeListener(change -> login.setInvalid(false));
        password.addValueChangeListener(change -> password.setInvalid(false));
        passwordAgain.addValueChangeListener(change -> passwordAgain.setInvalid(false));
        profile.form().add(login, password, passwordAgain);
        Button submit = new Button(getTranslation("registration.submit"), click -> register());
        submit.setId(SUBMIT_ID);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        error.setId(ERROR_ID);
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("display", "block");
        form.add(profile, error, submit);
        form.setWidthFull();
    }

    private void register() {
        error.setText("");
        boolean ok = profile.check();
        if (!password.getValue().equals(passwordAgain.getValue())) {
            ProfileFields.mark(passwordAgain, getTranslation("registration.password.mismatch"));
            ok = false;
        }
        if (!ok) {
            error.setText(getTranslation("connection.form.fix-fields"));
            return;
        }
        ProfileForm filled = profile.value();
        String language = "en".equals(getLocale().getLanguage()) ? "en" : "ru";
        long userId;
        try {
            userId = registration.signUp(new SignUp(login.getValue(), password.getValue(), language, filled));
        } catch (FormRejectedException e) {
            for (FieldProblem problem : e.problems()) {
                if (!profile.show(problem) && !account(problem.code(), problem.message(Texts.locale()))) {
                    error.setText(problem.message(Texts.locale()));
                }
            }
            if (error.getText().isEmpty()) {
                error.setText(getTranslation("connection.form.fix-fields"));
            }
            return;
        } catch (CabinetException e) {
            String text = Texts.refusal(this, e);
            account(e.code(), text);
            error.setText(text);
            return;
        }
        SessionSignIn.signIn(users, login.getValue().trim().toLowerCase(Locale.ROOT));
        // the password was set just now: it counts as entered (signing asks for one entered within minutes)
        secondFactors.authenticated(userId);
        showCodeStep(Viewer.customer(userId), true);
    }

    /** Marks the login or the password for a refusal of the account's part; false for other refusals. */
    private boolean account(String code, String text) {
        if (code.startsWith("user.login")) {
            ProfileFields.mark(login, text);
            return true;
        }
        if (code.startsWith("user.password")) {
            ProfileFields.mark(password, text);
            return true;
        }
        return false;
    }

    private void buildCodeStep() {
        codeStep.setId(CODE_STEP_ID);
        codeStep.setVisible(false);
        codeStep.setWidthFull();
        code.setId(CODE_ID);
        code.setLabel(getTranslation("registration.code"));
        code.setAllowedCharPattern("[0-9]");
        code.setMaxLength(6);
        code.addValueChangeListener(change -> code.setInvalid(false));
        codeSent.setId(CODE_SENT_ID);
        codeSent.getStyle().set("display", "block");
        Button confirm = new Button(getTranslation("registration.confirm"), click -> confirm());
        confirm.setId(CONFIRM_ID);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button resend = new Button(getTranslation("registration.resend"), click -> sendCode());
        resend.setId(RESEND_ID);
        resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        codeStep.add(new H3(getTranslation("registration.code.title")), codeSent, code, new Div(confirm, resend));
    }

    private void showCodeStep(Viewer viewer, boolean send) {
        registered = viewer;
        form.setVisible(false);
        codeStep.setVisible(true);
        if (send) {
            sendCode();
        } else {
            codeSent.setText(getTranslation("registration.code.ask"));
        }
    }

    private void sendCode() {
        try {
            Instant expires = codes.forUser(registered.userId(), () -> registration.sendPhoneCode(registered));
            codeSent.setText(getTranslation("registration.code.sent", ConnectionFormat.time(expires, getLocale())));
        } catch (CabinetException e) {
            codeSent.setText(Texts.refusal(this, e));
        }
    }

    private void confirm() {
        try {
            registration.confirmPhone(registered, code.getValue());
        } catch (CabinetException e) {
            ProfileFields.mark(code, Texts.refusal(this, e));
            return;
        }
        // a full load, so the cabinet's frame is built for the signed-in applicant
        getUI().ifPresent(ui -> ui.getPage().setLocation(APPLICATIONS_ROUTE));
    }
}
