package io.meterhub.dashboard.twofactor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.meterhub.cabinet.twofactor.Factors;
import io.meterhub.cabinet.twofactor.SecondFactors;
import io.meterhub.cabinet.users.UserAccount;

/**
 * The second factor in the user's settings: the authenticator (set up, or again on a new phone), the code by email at
 * login (on or off), and new recovery codes. Staff cannot switch the authenticator off where it is required.
 */
public final class SecondFactorSettings extends Div {
    public static final String STATUS_ID = "second-factor-status";
    public static final String TOTP_ID = "second-factor-totp-setup";
    public static final String EMAIL_ID = "second-factor-email-on";
    public static final String RECOVERY_ID = "second-factor-recovery-new";

    private final transient SecondFactors factors;
    private final transient UserAccount user;
    private final Div open = new Div();

    public SecondFactorSettings(SecondFactors factors, UserAccount user) {
        this.factors = factors;
        this.user = user;
        setWidthFull();
        build();
    }

    private void build() {
        removeAll();
        Factors has = factors.factors(user);
        Span status = new Span(getTranslation(has.totp() ? "twofactor.settings.totp.on" : "twofactor.settings.totp.off")
                + (has.totp() ? " · " + getTranslation("twofactor.settings.recovery.left", has.recoveryLeft()) : ""));
        status.setId(STATUS_ID);
        Button totp = new Button(getTranslation(has.totp() ? "twofactor.settings.totp.again" : "twofactor.settings.totp.setup"), e -> {
            open.removeAll();
            open.add(new EnrolmentForm(factors, user, codes -> {
                build();
                open.add(new RecoveryCodesList(codes));
            }));
        });
        totp.setId(TOTP_ID);
        Checkbox email = new Checkbox(getTranslation("twofactor.settings.email"), has.emailCode());
        email.setId(EMAIL_ID);
        email.addValueChangeListener(e -> {
            factors.setEmailCode(user, e.getValue());
            build();
        });
        Button recovery = new Button(getTranslation("twofactor.settings.recovery.new"), e -> {
            open.removeAll();
            open.add(new RecoveryCodesList(factors.regenerateRecoveryCodes(user)));
        });
        recovery.setId(RECOVERY_ID);
        recovery.setVisible(has.totp() || has.emailCode());
        open.removeAll();
        add(new H3(getTranslation("twofactor.settings.title")), new Paragraph(getTranslation("twofactor.settings.hint")), status,
                new Div(totp), new Div(email), new Div(recovery), open);
    }
}
