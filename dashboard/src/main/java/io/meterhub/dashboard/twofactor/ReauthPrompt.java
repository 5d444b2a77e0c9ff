package io.meterhub.dashboard.twofactor;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinServletRequest;
import io.meterhub.cabinet.twofactor.Reauthentication;
import io.meterhub.cabinet.twofactor.SecondFactors;
import io.meterhub.dashboard.security.SignInDetails;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Asks for the password again when an action (signing) needs it entered within {@link Reauthentication#WINDOW}. The
 * password goes through the login's own provider (the throttle, the sign-in history, whichever directory checks it);
 * the services refuse on their own too, this only spares the user the refusal.
 */
@Component
public class ReauthPrompt {
    public static final String DIALOG_ID = "reauth-dialog";
    public static final String PASSWORD_ID = "reauth-password";
    public static final String CONFIRM_ID = "reauth-confirm";

    private final Reauthentication reauthentication;
    private final AuthenticationProvider passwords;
    private final SecondFactors factors;

    public ReauthPrompt(Reauthentication reauthentication, AuthenticationProvider passwords, SecondFactors factors) {
        this.reauthentication = reauthentication;
        this.passwords = passwords;
        this.factors = factors;
    }

    /** Runs {@code then} at once when the password is recent, else after the user entered it right. */
    public void ensure(long userId, String login, Runnable then) {
        if (reauthentication.recent(userId)) {
            then.run();
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId(DIALOG_ID);
        dialog.setHeaderTitle(dialog.getTranslation("twofactor.reauth.title"));
        PasswordField password = new PasswordField(dialog.getTranslation("twofactor.reauth.password"));
        password.setId(PASSWORD_ID);
        password.setWidthFull();
        Button confirm = new Button(dialog.getTranslation("twofactor.reauth.confirm"), e -> {
            if (check(login, password.getValue())) {
                factors.authenticated(userId);
                dialog.close();
                then.run();
            } else {
                password.clear();
                password.setErrorMessage(dialog.getTranslation("twofactor.reauth.wrong"));
                password.setInvalid(true);
            }
        });
        confirm.setId(CONFIRM_ID);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        dialog.add(new Paragraph(dialog.getTranslation("twofactor.reauth.hint")), password);
        dialog.getFooter().add(new Button(dialog.getTranslation("twofactor.restart.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        password.focus();
    }

    private boolean check(String login, String password) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(login, password);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null) {
            attempt.setDetails(new SignInDetails(request.getHttpServletRequest()));
        }
        try {
            return passwords.authenticate(attempt) != null;
        } catch (AuthenticationException e) {
            return false;
        }
    }
}
