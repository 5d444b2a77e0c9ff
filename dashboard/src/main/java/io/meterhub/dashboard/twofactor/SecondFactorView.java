package io.meterhub.dashboard.twofactor;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.signin.SignInAttempt;
import io.meterhub.cabinet.twofactor.Factors;
import io.meterhub.cabinet.twofactor.SecondFactorCheck;
import io.meterhub.cabinet.twofactor.SecondFactors;
import io.meterhub.cabinet.users.UserAccount;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.i18n.LocaleSwitch;
import io.meterhub.dashboard.security.EndedSessionFilter;
import io.meterhub.dashboard.ui.Texts;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The second step of a login (route {@value #ROUTE}), the only page a pending sign-in reaches: the code of the
 * authenticator app, of the email (sent on arrival when that is the user's factor) or a recovery code; staff without an
 * authenticator set one up here first. The right code signs the session in (a new session id, the login's time) and
 * opens the start page.
 */
@Route(SecondFactorView.ROUTE)
@AnonymousAllowed
public class SecondFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    public static final String ROUTE = "second-factor";
    public static final String CODE_ID = "second-factor-code";
    public static final String SUBMIT_ID = "second-factor-submit";
    public static final String EMAIL_ID = "second-factor-email";
    public static final String MESSAGE_ID = "second-factor-message";
    public static final String RESTART_ID = "second-factor-restart";
    public static final String CONTINUE_ID = "second-factor-continue";

    private final transient SecondFactors factors;
    private final transient UserService users;
    private final Span message = new Span();

    public SecondFactorView(SecondFactors factors, UserService users) {
        this.factors = factors;
        this.users = users;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        message.setId(MESSAGE_ID);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PendingSignIn> pending = PendingSignIn.of(VaadinSession.getCurrent().getSession());
        Optional<UserAccount> user = pending.flatMap(p -> users.find(p.userId()));
        if (user.isEmpty()) {
            event.forwardTo("login");
            return;
        }
        removeAll();
        H1 title = new H1(getTranslation("twofactor.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.setMaxWidth("420px");
        Factors has = factors.factors(user.get());
        if (has.mustEnrol()) {
            body.add(new H3(getTranslation("twofactor.enrol.title")), new Paragraph(getTranslation("twofactor.enrol.required")));
            body.add(new EnrolmentForm(factors, user.get(), codes -> showRecovery(body, pending.get(), codes)));
        } else {
            codeForm(body, pending.get(), user.get(), has);
        }
        Button restart = new Button(getTranslation("twofactor.restart"), e -> {
            VaadinSession.getCurrent().getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
            UI.getCurrent().navigate("login");
        });
        restart.setId(RESTART_ID);
        restart.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new LocaleSwitch(), title, body, restart);
    }

    private void codeForm(VerticalLayout body, PendingSignIn pending, UserAccount user, Factors has) {
        body.add(new Paragraph(getTranslation(has.totp() ? "twofactor.code.totp" : "twofactor.code.email")));
        TextField code = new TextField(getTranslation("twofactor.code"));
        code.setId(CODE_ID);
        code.setMaxLength(20);
        // each key reaches the server before Enter's click does: the code is never checked half-typed
        code.setValueChangeMode(ValueChangeMode.EAGER);
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.focus();
        Button submit = new Button(getTranslation("twofactor.submit"), e -> check(pending, user, code));
        submit.setId(SUBMIT_ID);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        body.add(code, message, submit);
        if (has.emailCode()) {
            Button email = new Button(getTranslation("twofactor.email.send"), e -> sendEmail(user));
            email.setId(EMAIL_ID);
            email.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            body.add(email);
            if (!has.totp()) {
                sendEmail(user);
            }
        }
        body.add(new Paragraph(getTranslation("twofactor.code.recovery")));
    }

    private void sendEmail(UserAccount user) {
        try {
            factors.sendEmailCode(user);
            message.getStyle().set("color", "var(--lumo-success-text-color)");
            message.setText(getTranslation("twofactor.email.sent"));
        } catch (ValidationException refused) {
            message.getStyle().set("color", "var(--lumo-error-text-color)");
            message.setText(Texts.refusal(this, refused));
        }
    }

    private void check(PendingSignIn pending, UserAccount user, TextField code) {
        SignInAttempt attempt = new SignInAttempt(user.login(), pending.address(), pending.userAgent());
        SecondFactorCheck check = factors.verify(user, attempt, code.getValue());
        if (check == SecondFactorCheck.OK) {
            complete(pending);
            return;
        }
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        message.setText(getTranslation(check.messageKey()));
        code.clear();
        code.focus();
        if (check == SecondFactorCheck.TOO_MANY) {
            VaadinSession.getCurrent().getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
        }
    }

    private void showRecovery(VerticalLayout body, PendingSignIn pending, List<String> codes) {
        body.removeAll();
        Button next = new Button(getTranslation("twofactor.recovery.continue"), e -> complete(pending));
        next.setId(CONTINUE_ID);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.add(new H3(getTranslation("twofactor.recovery.title")), new RecoveryCodesList(codes), next);
    }

    /** The session is signed in now: a new session id (the one seen before the code is void), the login's time, the start page. */
    private void complete(PendingSignIn pending) {
        factors.authenticated(pending.userId());
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        request.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(pending.authentication());
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, VaadinServletResponse.getCurrent().getHttpServletResponse());
        request.getSession().setAttribute(EndedSessionFilter.LOGGED_IN_AT, Instant.now());
        UI.getCurrent().getPage().setLocation(request.getContextPath() + "/");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("twofactor.title") + " · " + getTranslation("app.name");
    }
}
