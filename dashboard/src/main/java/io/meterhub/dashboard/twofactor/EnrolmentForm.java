package io.meterhub.dashboard.twofactor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.twofactor.QrSvg;
import io.meterhub.cabinet.twofactor.SecondFactors;
import io.meterhub.cabinet.twofactor.TotpEnrolment;
import io.meterhub.cabinet.users.UserAccount;
import io.meterhub.dashboard.ui.Texts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

/**
 * Setting up an authenticator app: the QR of the {@code otpauth://} address and the secret as text (for typing), then
 * the first code confirms it; the recovery codes made then go to {@code confirmed}.
 */
final class EnrolmentForm extends VerticalLayout {
    static final String QR_ID = "second-factor-qr";
    static final String SECRET_ID = "second-factor-secret";
    static final String CODE_ID = "second-factor-enrol-code";
    static final String CONFIRM_ID = "second-factor-confirm";
    static final String MESSAGE_ID = "second-factor-enrol-message";

    EnrolmentForm(SecondFactors factors, UserAccount user, Consumer<List<String>> confirmed) {
        setPadding(false);
        TotpEnrolment enrolment = factors.startTotp(user);
        Image qr = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(QrSvg.of(enrolment.uri())
                .getBytes(StandardCharsets.UTF_8)), getTranslation("twofactor.enrol.qr"));
        qr.setId(QR_ID);
        qr.setWidth("200px");
        qr.setHeight("200px");
        Span secret = new Span(group(enrolment.secret()));
        secret.setId(SECRET_ID);
        secret.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)").set("word-break", "break-all");
        TextField code = new TextField(getTranslation("twofactor.enrol.code"));
        code.setId(CODE_ID);
        code.setMaxLength(8);
        code.setValueChangeMode(ValueChangeMode.EAGER);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        Span message = new Span();
        message.setId(MESSAGE_ID);
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        Button confirm = new Button(getTranslation("twofactor.enrol.confirm"), e -> {
            try {
                confirmed.accept(factors.confirmTotp(user, code.getValue()));
            } catch (ValidationException refused) {
                message.setText(Texts.refusal(this, refused));
                code.clear();
                code.focus();
            }
        });
        confirm.setId(CONFIRM_ID);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        add(new Paragraph(getTranslation("twofactor.enrol.hint")), qr, new Paragraph(getTranslation("twofactor.enrol.secret")), secret, code,
                message, confirm);
    }

    /** Groups of four, as apps print them: easier to type. */
    private static String group(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
