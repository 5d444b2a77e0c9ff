package io.meterhub.dashboard.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.staff.StaffService;
import io.meterhub.dashboard.ui.LoginView;
import io.meterhub.dashboard.ui.PublicPage;

/**
 * The page of the emailed one-time link ({@code password-reset/<token>}): a new password twice. The
 * link works once and for {@link StaffService#RESET_VALID}; every session of the user ends with it.
 */
@Route("password-reset")
@AnonymousAllowed
public class PasswordResetView extends PublicPage implements HasUrlParameter<String> {
    public static final String SAVE_ID = "reset-save";
    public static final String DONE_ID = "reset-done";

    private final transient StaffService staff;
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private String token;

    public PasswordResetView(StaffService staff) {
        super("password-reset.title", "admin.staff.password.hint");
        this.staff = staff;
        password.setLabel(getTranslation("password-reset.password"));
        password.setId("reset-password");
        repeat.setLabel(getTranslation("password-reset.repeat"));
        repeat.setId("reset-repeat");
        password.setWidthFull();
        repeat.setWidthFull();
        Button save = new Button(getTranslation("password-reset.save"), click -> save());
        save.setId(SAVE_ID);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(password, repeat, save);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.token = parameter;
    }

    private void save() {
        repeat.setInvalid(false);
        password.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password-reset.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            staff.resetPassword(token, password.getValue());
            removeAll();
            Paragraph done = new Paragraph(getTranslation("password-reset.done"));
            done.setId(DONE_ID);
            add(done, new RouterLink(getTranslation("password-reset.login"), LoginView.class));
        } catch (CabinetException e) {
            password.setErrorMessage(e.message(getLocale()));
            password.setInvalid(true);
        }
    }
}
