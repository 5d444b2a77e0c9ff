package io.meterhub.dashboard.connection;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.connection.ConnectionFeature;
import io.meterhub.cabinet.connection.ConnectionKind;
import io.meterhub.cabinet.connection.DocumentKind;
import io.meterhub.cabinet.connection.NewDocument;
import io.meterhub.cabinet.connection.ObjectKind;
import io.meterhub.cabinet.connection.ObjectStep;
import io.meterhub.cabinet.connection.PowerStep;
import io.meterhub.cabinet.connection.ReliabilityCategory;
import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.connectionfee.VoltageLevel;
import io.meterhub.cabinet.registration.ProfileForm;
import io.meterhub.cabinet.registration.RegistrationService;
import io.meterhub.cabinet.registration.SignUp;
import io.meterhub.dashboard.KaribuSpringTest;
import io.meterhub.dashboard.ui.PlaceholderView;
import io.meterhub.dashboard.services.OneTimeCodeDelivery;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.H2;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** What the grid connection view tests share: applicants made through the real services, documents, and lookups by id. */
abstract class ConnectionViewTest extends KaribuSpringTest {
    static final String PASSWORD = "Secret-123";
    private static final AtomicInteger LOGINS = new AtomicInteger();

    @Autowired
    protected ConnectionFeature applications;
    @Autowired
    protected RegistrationService registration;
    @Autowired
    protected OneTimeCodeDelivery codes;
    @Autowired
    protected ConnectionTestBeans.RecordingSms sms;
    @Autowired
    protected ConnectionTestBeans.Recorded recorded;

    /** A person registered with SNILS 112-233-445 95 and the phone confirmed; returns the login (password {@link #PASSWORD}). */
    protected String applicant(String prefix) {
        String login = prefix + LOGINS.incrementAndGet();
        long userId = registration.signUp(new SignUp(login, PASSWORD, "ru", new ProfileForm(ApplicantCategory.INDIVIDUAL,
                "Смирнова Ольга Петровна", null, "112-233-445 95", null, null, "+7 912 345-67-67", login + "@example.ru", null)));
        Viewer viewer = Viewer.customer(userId);
        codes.forUser(userId, () -> registration.sendPhoneCode(viewer));
        registration.confirmPhone(viewer, sms.lastCode());
        return login;
    }

    protected Viewer viewerOf(String login) {
        return context.getBean(io.meterhub.cabinet.users.UserService.class).findByLogin(login).orElseThrow().viewer();
    }

    /** A draft with every step filled and the required documents attached, as the service would store it. */
    protected long completeDraft(Viewer applicant) {
        long id = applications.form().createDraft(applicant, ConnectionTestBeans.GRID).summary().id();
        applications.form().saveObject(applicant, id, new ObjectStep("г. Самара, ул. Садовая, д. 5", "63:01:0101001:123", ObjectKind.HOUSE));
        applications.form().savePower(applicant, id, new PowerStep(new BigDecimal("15"), BigDecimal.ZERO, VoltageLevel.LV_0_4, ReliabilityCategory.III,
                ConnectionKind.NEW));
        applications.form().saveSupplier(applicant, id, ConnectionTestBeans.SUPPLIER);
        applications.documents().attach(applicant, id, pdf(DocumentKind.TITLE, "title.pdf"));
        applications.documents().attach(applicant, id, pdf(DocumentKind.LOCATION_PLAN, "plan.pdf"));
        return id;
    }

    protected long submitted(Viewer applicant) {
        long id = completeDraft(applicant);
        applications.workflow().submit(applicant, id);
        return id;
    }

    static byte[] pdfBytes(String name) {
        return ("%PDF-1.4\n% " + name + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    static NewDocument pdf(DocumentKind kind, String name) {
        return new NewDocument(kind, name, pdfBytes(name));
    }

    static byte[] pngBytes() {
        return Arrays.copyOf(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 64);
    }

    static String title() {
        return _get(H2.class, spec -> spec.withId(PlaceholderView.TITLE_ID)).getText();
    }

    /** The text of the component with this id. */
    static String text(String id) {
        Component component = _get(Component.class, spec -> spec.withId(id));
        return component instanceof HasText hasText && !hasText.getText().isEmpty() ? hasText.getText() : component.getElement().getTextRecursively();
    }
}
