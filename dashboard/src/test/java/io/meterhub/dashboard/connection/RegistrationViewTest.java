package io.meterhub.dashboard.connection;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.registration.ApplicantProfile;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.security.MeterhubUser;
import io.meterhub.dashboard.registration.ProfileFields;
import io.meterhub.dashboard.registration.RegistrationView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant's sign-up (Karibu-Testing, real Spring context and services, fresh database): the
 * identifiers' check digits said on their fields as they are left, the company's own identifiers,
 * and the whole sign-up: the account created, signed in, the code sent by SMS with its email copy,
 * a wrong code refused on the field, the right one confirming the phone.
 */
@SpringBootTest(classes = {DashboardApplication.class, ConnectionTestBeans.class}, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class RegistrationViewTest extends ConnectionViewTest {

    @Test
    void a_wrong_snils_check_digit_is_shown_on_the_field_as_soon_as_it_is_left() {
        UI.getCurrent().navigate(RegistrationView.class);
        assertThat(title()).isEqualTo("Регистрация заявителя");
        TextField snils = field(ProfileFields.SNILS_ID);
        snils.setValue("112-233-445 96");
        assertThat(snils.isInvalid()).isTrue();
        assertThat(snils.getErrorMessage()).isEqualTo("СНИЛС: контрольное число не сходится с номером, проверьте, нет ли опечатки.");
        assertThat(snils.getErrorMessage()).doesNotContain("95");

        snils.setValue("112-233-445 95");
        assertThat(snils.isInvalid()).isFalse();

        snils.setValue("112-233-445");
        assertThat(snils.getErrorMessage()).isEqualTo("СНИЛС: должно быть цифр: 11, а введено: 9.");
    }

    @Test
    void a_company_gives_an_inn_of_10_digits_and_an_ogrn_and_the_register_button_marks_every_wrong_field() {
        UI.getCurrent().navigate(RegistrationView.class);
        category().setValue(ApplicantCategory.LEGAL_ENTITY);
        _assertNone(TextField.class, spec -> spec.withId(ProfileFields.SNILS_ID));
        assertThat(field(ProfileFields.INN_ID).getLabel()).isEqualTo("ИНН организации (10 цифр)");
        assertThat(field(ProfileFields.OGRN_ID).getLabel()).isEqualTo("ОГРН (13 цифр)");
        field(ProfileFields.INN_ID).setValue("631101234567");
        assertThat(field(ProfileFields.INN_ID).getErrorMessage()).isEqualTo("ИНН: должно быть цифр: 10, а введено: 12.");

        field(ProfileFields.OGRN_ID).setValue("1026300001991");
        field(ProfileFields.PHONE_ID).setValue("12345");
        assertThat(field(ProfileFields.PHONE_ID).isInvalid()).isTrue();
        _click(_get(Button.class, spec -> spec.withId(RegistrationView.SUBMIT_ID)));
        assertThat(field(ProfileFields.COMPANY_ID).getErrorMessage()).isEqualTo("Укажите наименование организации");
        assertThat(field(ProfileFields.FULL_NAME_ID).getErrorMessage()).isEqualTo("Укажите ФИО лица, действующего от имени организации");
        assertThat(field(ProfileFields.INN_ID).isInvalid()).isTrue();
        assertThat(field(ProfileFields.PHONE_ID).getErrorMessage()).isEqualTo("Номер телефона — +7 и 10 цифр, например +7 927 123-45-67");
        assertThat(text(RegistrationView.ERROR_ID)).isEqualTo("Исправьте отмеченные поля.");
        _assertNone(Div.class, spec -> spec.withId(RegistrationView.CODE_STEP_ID));
        // what was typed stays
        assertThat(field(ProfileFields.OGRN_ID).getValue()).isEqualTo("1026300001991");
    }

    @Test
    void signing_up_signs_in_sends_the_code_by_sms_and_email_and_the_code_confirms_the_phone() {
        UI.getCurrent().navigate(RegistrationView.class);
        field(ProfileFields.FULL_NAME_ID).setValue("Кузнецова Мария Ивановна");
        field(ProfileFields.SNILS_ID).setValue("112-233-445 95");
        field(ProfileFields.PHONE_ID).setValue("8 (927) 111-22-33");
        field(ProfileFields.EMAIL_ID).setValue("maria@example.ru");
        field(RegistrationView.LOGIN_ID).setValue("kuznetsova");
        _get(PasswordField.class, spec -> spec.withId(RegistrationView.PASSWORD_ID)).setValue("Maria-2026");
        _get(PasswordField.class, spec -> spec.withId(RegistrationView.PASSWORD_AGAIN_ID)).setValue("Maria-2025");
        _click(_get(Button.class, spec -> spec.withId(RegistrationView.SUBMIT_ID)));
        assertThat(_get(PasswordField.class, spec -> spec.withId(RegistrationView.PASSWORD_AGAIN_ID)).getErrorMessage())
                .isEqualTo("Пароли не совпадают");

        _get(PasswordField.class, spec -> spec.withId(RegistrationView.PASSWORD_AGAIN_ID)).setValue("Maria-2026");
        int smsBefore = sms.sent.size();
        _click(_get(Button.class, spec -> spec.withId(RegistrationView.SUBMIT_ID)));

        // signed in as the new applicant, the code step shown, the code sent by SMS alone
        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal()).isInstanceOf(MeterhubUser.class);
        MeterhubUser user = (MeterhubUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        assertThat(user.getUsername()).isEqualTo("kuznetsova");
        assertThat(_get(Div.class, spec -> spec.withId(RegistrationView.CODE_STEP_ID)).isVisible()).isTrue();
        assertThat(text(RegistrationView.CODE_SENT_ID)).startsWith("Мы отправили код в SMS");
        assertThat(sms.sent).hasSize(smsBefore + 1);
        assertThat(sms.sent.get(smsBefore).phone()).isEqualTo("+79271112233");
        String code = sms.lastCode();
        assertThat(recorded.notifications).as("no email or inbox copy of the phone code")
                .noneSatisfy(n -> assertThat(n.subject() + n.body()).contains(code));

        TextField codeField = field(RegistrationView.CODE_ID);
        codeField.setValue(code.equals("000000") ? "111111" : "000000");
        _click(_get(Button.class, spec -> spec.withId(RegistrationView.CONFIRM_ID)));
        assertThat(codeField.isInvalid()).isTrue();
        assertThat(codeField.getErrorMessage()).isEqualTo("Неверный код");

        codeField.setValue(code);
        _click(_get(Button.class, spec -> spec.withId(RegistrationView.CONFIRM_ID)));
        assertThat(codeField.isInvalid()).isFalse();
        ApplicantProfile profile = registration.profile(Viewer.customer(user.id())).orElseThrow();
        assertThat(profile.phoneConfirmed()).isTrue();
        assertThat(profile.displayName()).isEqualTo("Кузнецова М. И.");
        assertThat(profile.snils()).isEqualTo("***-***-445 95");
    }

    @Test
    void a_customer_without_the_applicants_data_is_sent_to_enter_them_and_confirms_the_phone() {
        long userId = context.getBean(io.meterhub.cabinet.users.UserService.class).create(new io.meterhub.cabinet.users.NewUser("noprofile",
                PASSWORD, io.meterhub.cabinet.access.Role.CUSTOMER, "Без профиля", "ru", null));
        signIn("noprofile", PASSWORD);
        UI.getCurrent().navigate(io.meterhub.dashboard.connection.MyApplicationsView.class);
        _click(_get(Button.class, spec -> spec.withId(io.meterhub.dashboard.connection.MyApplicationsView.CREATE_ID)));
        assertThat(text(io.meterhub.dashboard.connection.MyApplicationsView.CREATE_ERROR_ID)).isEqualTo("Перед подачей заявки заполните данные заявителя");

        UI.getCurrent().navigate(io.meterhub.dashboard.registration.ProfileView.class);
        assertThat(title()).isEqualTo("Данные заявителя");
        category().setValue(ApplicantCategory.SOLE_PROPRIETOR);
        field(ProfileFields.FULL_NAME_ID).setValue("Сидоров Пётр Алексеевич");
        field(ProfileFields.INN_ID).setValue("500100732259");
        field(ProfileFields.OGRN_ID).setValue("304500116000157");
        field(ProfileFields.PHONE_ID).setValue("+7 937 555-12-34");
        _click(_get(Button.class, spec -> spec.withId(io.meterhub.dashboard.registration.ProfileView.SAVE_ID)));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(RegistrationView.ROUTE);
        assertThat(text(RegistrationView.CODE_SENT_ID)).isEqualTo("Подтвердите телефон: запросите код и введите его.");
        _click(_get(Button.class, spec -> spec.withId(RegistrationView.RESEND_ID)));
        field(RegistrationView.CODE_ID).setValue(sms.lastCode());
        _click(_get(Button.class, spec -> spec.withId(RegistrationView.CONFIRM_ID)));
        ApplicantProfile profile = registration.profile(Viewer.customer(userId)).orElseThrow();
        assertThat(profile.phoneConfirmed()).isTrue();
        assertThat(profile.displayName()).isEqualTo("ИП Сидоров П. А.");
        assertThat(profile.inn()).isEqualTo("********2259");
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<ApplicantCategory> category() {
        return _get(RadioButtonGroup.class, spec -> spec.withId(ProfileFields.CATEGORY_ID));
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }
}
