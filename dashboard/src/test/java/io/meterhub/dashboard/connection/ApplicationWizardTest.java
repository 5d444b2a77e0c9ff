package io.meterhub.dashboard.connection;

import io.meterhub.cabinet.connection.ApplicationDetail;
import io.meterhub.cabinet.connection.ApplicationStatus;
import io.meterhub.cabinet.connection.ConnectionKind;
import io.meterhub.cabinet.connection.DocumentKind;
import io.meterhub.cabinet.connection.ObjectKind;
import io.meterhub.cabinet.connection.OrganizationChoice;
import io.meterhub.cabinet.connection.ReliabilityCategory;
import io.meterhub.cabinet.connectionfee.VoltageLevel;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.connection.ApplicationFormView;
import io.meterhub.dashboard.connection.ApplicationView;
import io.meterhub.dashboard.connection.MyApplicationsView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.textfield.PasswordField;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant's four-step application form (Karibu-Testing over the real services and a fresh
 * database): step 1 prefilled from the profile, the field errors of each step said on the fields with
 * the values kept, the draft saved at every step and found again after leaving, a file of another
 * type refused in words, the submission refused naming the missing documents, then submitted.
 */
@SpringBootTest(classes = {DashboardApplication.class, ConnectionTestBeans.class}, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class ApplicationWizardTest extends ConnectionViewTest {

    @Test
    void the_form_is_saved_at_every_step_refuses_what_is_wrong_on_the_field_and_submits_once_complete() {
        String login = applicant("wizard");
        signIn(login, PASSWORD);
        UI.getCurrent().navigate(MyApplicationsView.class);
        assertThat(title()).isEqualTo("Мои заявки");
        assertThat(text(MyApplicationsView.LIST_ID)).isEqualTo("Заявок пока нет.");
        @SuppressWarnings("unchecked")
        Select<OrganizationChoice> organization = _get(Select.class, spec -> spec.withId(MyApplicationsView.ORGANIZATION_ID));
        assertThat(organization.getValue().id()).isEqualTo(ConnectionTestBeans.GRID);
        _click(_get(Button.class, spec -> spec.withId(MyApplicationsView.CREATE_ID)));
        long id = applications.queries().myApplications(viewerOf(login)).get(0).id();
        assertThat(path()).isEqualTo("connection/applications/" + id + "/form/1");

        // step 1: the applicant from the profile, masked; a representative needs a name
        assertThat(title()).isEqualTo("Заявка на присоединение");
        assertThat(text("form-applicant")).isEqualTo("Смирнова О. П.");
        assertThat(text("form-snils")).isEqualTo("***-***-445 95");
        _get(Checkbox.class, spec -> spec.withId(ApplicationFormView.REPRESENTATIVE_ID)).setValue(true);
        next();
        TextField representative = textField(ApplicationFormView.REPRESENTATIVE_NAME_ID);
        assertThat(representative.getErrorMessage()).isEqualTo("Укажите ФИО представителя");
        assertThat(path()).endsWith("/form/1");
        _get(Checkbox.class, spec -> spec.withId(ApplicationFormView.REPRESENTATIVE_ID)).setValue(false);
        next();
        assertThat(path()).endsWith("/form/2");

        // step 2: a wrong cadastral number and no kind are refused on their fields; the address stays
        _get(TextArea.class, spec -> spec.withId(ApplicationFormView.ADDRESS_ID)).setValue("г. Самара, ул. Садовая, д. 5");
        textField(ApplicationFormView.CADASTRAL_ID).setValue("63:01:12");
        next();
        assertThat(path()).endsWith("/form/2");
        assertThat(textField(ApplicationFormView.CADASTRAL_ID).getErrorMessage()).isEqualTo("Кадастровый номер 63:01:12 должен иметь вид NN:NN:NNNNNNN:NNN");
        assertThat(objectKind().isInvalid()).isTrue();
        assertThat(objectKind().getErrorMessage()).isEqualTo("Выберите вид объекта");
        assertThat(_get(TextArea.class, spec -> spec.withId(ApplicationFormView.ADDRESS_ID)).getValue()).isEqualTo("г. Самара, ул. Садовая, д. 5");
        textField(ApplicationFormView.CADASTRAL_ID).setValue("63:01:0101001:123");
        objectKind().setValue(ObjectKind.HOUSE);
        next();
        assertThat(path()).endsWith("/form/3");

        // leaving and coming back finds step 2 as it was saved
        UI.getCurrent().navigate(MyApplicationsView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("application-open-" + id)).getText()).isEqualTo("Черновик");
        UI.getCurrent().navigate(ApplicationFormView.route(id, 2));
        assertThat(_get(TextArea.class, spec -> spec.withId(ApplicationFormView.ADDRESS_ID)).getValue()).isEqualTo("г. Самара, ул. Садовая, д. 5");
        assertThat(textField(ApplicationFormView.CADASTRAL_ID).getValue()).isEqualTo("63:01:0101001:123");
        assertThat(objectKind().getValue()).isEqualTo(ObjectKind.HOUSE);
        next();

        // step 3: not a number, then the devices
        textField(ApplicationFormView.MAX_POWER_ID).setValue("15 кВт");
        next();
        assertThat(textField(ApplicationFormView.MAX_POWER_ID).getErrorMessage()).isEqualTo("Введите число, например 15 или 7,5");
        assertThat(path()).endsWith("/form/3");
        textField(ApplicationFormView.MAX_POWER_ID).setValue("15");
        next();
        assertThat(path()).as("voltage, reliability and kind are required").endsWith("/form/3");
        assertThat(select(ApplicationFormView.VOLTAGE_ID).getErrorMessage()).isEqualTo("Выберите уровень напряжения");
        select(ApplicationFormView.VOLTAGE_ID).setValue(VoltageLevel.LV_0_4);
        select(ApplicationFormView.RELIABILITY_ID).setValue(ReliabilityCategory.III);
        connectionKind().setValue(ConnectionKind.NEW);
        next();
        assertThat(path()).endsWith("/form/4");
        ApplicationDetail saved = applications.queries().application(viewerOf(login), id);
        assertThat(saved.power().maxPowerKw()).isEqualByComparingTo("15");
        assertThat(saved.object().cadastralNumber()).isEqualTo("63:01:0101001:123");

        // step 4: submitting now is refused, naming the missing documents and the supplier
        _click(_get(Button.class, spec -> spec.withId(ApplicationFormView.SUBMIT_ID)));
        assertThat(text(ApplicationFormView.MESSAGE_ID)).startsWith("В заявке не хватает:")
                .contains("правоустанавливающего документа").contains("плана расположения энергопринимающих устройств")
                .contains("гарантирующего поставщика");
        assertThat(text(ApplicationFormView.MISSING_ID)).contains("правоустанавливающего документа");
        assertThat(applications.queries().application(viewerOf(login), id).summary().status()).isEqualTo(ApplicationStatus.DRAFT);

        // a text file is refused in words, whatever its name says
        documentKind().setValue(DocumentKind.TITLE);
        _upload(upload(), "title.pdf.txt", "text/plain", "not a document".getBytes(StandardCharsets.UTF_8));
        assertThat(text(ApplicationFormView.UPLOAD_ID + "-message")).isEqualTo("Файл title.pdf.txt — не PDF, JPG или PNG");
        assertThat(applications.queries().application(viewerOf(login), id).documents()).isEmpty();

        documentKind().setValue(DocumentKind.TITLE);
        _upload(upload(), "выписка ЕГРН.pdf", "application/pdf", pdfBytes("title"));
        documentKind().setValue(DocumentKind.LOCATION_PLAN);
        _upload(upload(), "plan.png", "image/png", pngBytes());
        assertThat(text(ApplicationFormView.DOCUMENTS_ID)).contains("Правоустанавливающий документ · выписка ЕГРН.pdf")
                .contains("План расположения · plan.png");
        @SuppressWarnings("unchecked")
        Select<OrganizationChoice> supplier = _get(Select.class, spec -> spec.withId(ApplicationFormView.SUPPLIER_ID));
        supplier.setValue(supplier.getListDataView().getItems().filter(s -> s.id().equals(ConnectionTestBeans.SUPPLIER)).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId(ApplicationFormView.SUBMIT_ID)));

        // submitted: the application's page with its number, status and deadline
        assertThat(path()).isEqualTo(ApplicationView.route(id));
        assertThat(text("app-number")).matches("ТП-\\d{4}-\\d{6}");
        assertThat(text("app-status")).isEqualTo("Подана");
        assertThat(text("app-deadline")).contains("проверка заявки");
        assertThat(text("app-supplier")).isEqualTo("Самараэнерго");
        assertThat(text(ApplicationView.DOCUMENTS_ID)).contains("выписка ЕГРН.pdf").contains("plan.png");
        assertThat(applications.queries().application(viewerOf(login), id).summary().status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(recorded.notifications).anySatisfy(n -> {
            assertThat(n.link()).isEqualTo("connection/applications/" + id);
            assertThat(n.subject()).contains("подана");
        });
    }

    @Test
    void a_company_is_refused_the_code_signature_and_a_detached_signature_that_does_not_verify_is_refused_in_words() {
        String login = "company" + System.nanoTime() % 100000;
        long userId = registration.signUp(new io.meterhub.cabinet.registration.SignUp(login, PASSWORD, "ru",
                new io.meterhub.cabinet.registration.ProfileForm(io.meterhub.cabinet.connectionfee.ApplicantCategory.LEGAL_ENTITY,
                        "Петров Павел Павлович", "ООО «Вектор»", null, "7707083893", "1027700132195", "+7 927 000-00-01", null, null)));
        io.meterhub.cabinet.access.Viewer company = io.meterhub.cabinet.access.Viewer.customer(userId);
        codes.forUser(userId, () -> registration.sendPhoneCode(company));
        registration.confirmPhone(company, sms.lastCode());
        long id = submitted(company);
        io.meterhub.cabinet.access.Viewer operator = viewerOf("operator");
        applications.workflow().startReview(operator, id);
        applications.documents().attach(operator, id, pdf(DocumentKind.TECHNICAL_CONDITIONS, "tu.pdf"));
        applications.workflow().offer(operator, id);

        signIn(login, PASSWORD);
        UI.getCurrent().navigate(ApplicationView.route(id));
        assertThat(text("app-status")).isEqualTo("Направлен договор");
        // the signature links to its help article (issue 16)
        assertThat(_get(Anchor.class, spec -> spec.withId("help-link-signing")).getHref()).isEqualTo("help/article/signing");
        _click(_get(Button.class, spec -> spec.withId(ApplicationView.REQUEST_CODE_ID)));
        assertThat(text(ApplicationView.CODE_SENT_ID)).isEqualTo("Юридическое лицо подписывает договор квалифицированной электронной подписью (CAdES)");

        _upload(_get(Upload.class, spec -> spec.withId(ApplicationView.CADES_UPLOAD_ID)), "contract.sig", "application/pkcs7-signature",
                "not a signature".getBytes(StandardCharsets.UTF_8));
        assertThat(text(ApplicationView.CADES_UPLOAD_ID + "-message")).isEqualTo("Подпись не принята: файл не является подписью CAdES (CMS).");
        assertThat(applications.queries().application(company, id).summary().status()).isEqualTo(ApplicationStatus.OFFERED);
    }

    @Test
    void signing_asks_for_the_password_again_when_it_was_entered_more_than_five_minutes_ago() {
        String login = applicant("resigner");
        io.meterhub.cabinet.access.Viewer person = viewerOf(login);
        long id = submitted(person);
        io.meterhub.cabinet.access.Viewer operator = viewerOf("operator");
        applications.workflow().startReview(operator, id);
        applications.documents().attach(operator, id, pdf(DocumentKind.TECHNICAL_CONDITIONS, "tu.pdf"));
        applications.workflow().offer(operator, id);
        signIn(login, PASSWORD);
        // the login was six minutes ago
        io.meterhub.storage.cabinet.Jdbc.update(context.getBean(javax.sql.DataSource.class),
                "UPDATE app_user SET authenticated_at = now() - interval '6 minutes' WHERE id = ?", person.userId());
        UI.getCurrent().navigate(ApplicationView.route(id));
        int sent = sms.sent.size();
        _click(_get(Button.class, spec -> spec.withId(ApplicationView.REQUEST_CODE_ID)));
        assertThat(sms.sent).as("no code before the password").hasSize(sent);
        PasswordField password = _get(PasswordField.class, spec -> spec.withId(io.meterhub.dashboard.twofactor.ReauthPrompt.PASSWORD_ID));
        password.setValue("not-the-password");
        _click(_get(Button.class, spec -> spec.withId(io.meterhub.dashboard.twofactor.ReauthPrompt.CONFIRM_ID)));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Пароль неверный");
        assertThat(sms.sent).hasSize(sent);
        password.setValue(PASSWORD);
        _click(_get(Button.class, spec -> spec.withId(io.meterhub.dashboard.twofactor.ReauthPrompt.CONFIRM_ID)));
        assertThat(sms.sent).as("the code goes once the password is entered").hasSize(sent + 1);
        assertThat(text(ApplicationView.CODE_SENT_ID)).startsWith("Код отправлен");
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId(ApplicationView.CODE_ID)).setValue(sms.lastCode());
        _click(_get(Button.class, spec -> spec.withId(ApplicationView.SIGN_ID)));
        assertThat(applications.queries().application(person, id).summary().status()).isEqualTo(ApplicationStatus.SIGNED);
    }

    private static void next() {
        _click(_get(Button.class, spec -> spec.withId(ApplicationFormView.NEXT_ID)));
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private static TextField textField(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Select<Object> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Select<ObjectKind> objectKind() {
        return _get(Select.class, spec -> spec.withId(ApplicationFormView.OBJECT_KIND_ID));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<ConnectionKind> connectionKind() {
        return _get(RadioButtonGroup.class, spec -> spec.withId(ApplicationFormView.CONNECTION_KIND_ID));
    }

    @SuppressWarnings("unchecked")
    private static Select<DocumentKind> documentKind() {
        return _get(Select.class, spec -> spec.withId(ApplicationFormView.UPLOAD_ID + "-kind"));
    }

    private static Upload upload() {
        return _get(Upload.class, spec -> spec.withId(ApplicationFormView.UPLOAD_ID + "-upload"));
    }

}
