package io.meterhub.dashboard.registration;

import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.identity.IdentifierKind;
import io.meterhub.cabinet.registration.FieldProblem;
import io.meterhub.cabinet.registration.ProfileForm;
import io.meterhub.cabinet.registration.RegistrationService;
import io.meterhub.dashboard.ui.Texts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An applicant's data as a form: the category, and the fields it needs (a person: name and SNILS; a
 * sole proprietor: name, INN of 12 digits and OGRNIP; a company: its name, INN of 10 digits, OGRN
 * and the representative), the phone, the email and, for a person, the passport. Identifiers check
 * their digits on the field; the service's problems are shown on the fields they name. Used by the
 * sign-up and by staff registering a paper application.
 */
public class ProfileFields extends Div {
    public static final String CATEGORY_ID = "reg-category";
    public static final String FULL_NAME_ID = "reg-full-name";
    public static final String COMPANY_ID = "reg-company";
    public static final String SNILS_ID = "reg-snils";
    public static final String INN_ID = "reg-inn";
    public static final String OGRN_ID = "reg-ogrn";
    public static final String PASSPORT_ID = "reg-passport";
    public static final String PHONE_ID = "reg-phone";
    public static final String EMAIL_ID = "reg-email";

    private final RadioButtonGroup<ApplicantCategory> category = new RadioButtonGroup<>();
    private final TextField fullName = new TextField();
    private final TextField company = new TextField();
    private final IdentifierField snils = new IdentifierField(IdentifierKind.SNILS);
    private final IdentifierField inn = new IdentifierField(IdentifierKind.INN_INDIVIDUAL);
    private final IdentifierField ogrn = new IdentifierField(IdentifierKind.OGRNIP);
    private final TextField passport = new TextField();
    private final TextField phone = new TextField();
    private final TextField email = new TextField();
    private final FormLayout form;
    private final Map<String, HasValidation> byName = new HashMap<>();

    public ProfileFields() {
        setWidthFull();
        category.setId(CATEGORY_ID);
        category.setLabel(getTranslation("connection.category"));
        category.setItems(ApplicantCategory.values());
        category.setItemLabelGenerator(c -> Texts.of(this, "connectionfee.category", c));
        category.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        category.setValue(ApplicantCategory.INDIVIDUAL);
        category.addValueChangeListener(change -> arrange());

        field(fullName, FULL_NAME_ID, null, "fullName");
        field(company, COMPANY_ID, "registration.company", "companyName");
        field(snils, SNILS_ID, "registration.snils", "snils");
        snils.setPlaceholder("112-233-445 95");
        field(inn, INN_ID, null, "inn");
        field(ogrn, OGRN_ID, null, "ogrn");
        field(passport, PASSPORT_ID, "registration.passport", "passport");
        passport.setHelperText(getTranslation("registration.optional"));
        field(phone, PHONE_ID, "registration.phone", "phone");
        phone.setPlaceholder("+7 912 345-67-89");
        phone.setHelperText(getTranslation("registration.phone.help"));
        phone.setAllowedCharPattern("[0-9+()\\s\\-]");
        phone.addValueChangeListener(change -> {
            if (!phone.isEmpty() && RegistrationService.phoneE164(phone.getValue()).isEmpty()) {
                mark(phone, getTranslation("registration.phone.invalid"));
            }
        });
        field(email, EMAIL_ID, "registration.email", "email");
        email.setHelperText(getTranslation("registration.email.help"));
        form = new FormLayout(fullName, company, snils, inn, ogrn, passport, phone, email);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        form.setWidthFull();
        add(category, form);
        arrange();
    }

    /** The layout of the fields, for a page to add its own (login, password) to. */
    public FormLayout form() {
        return form;
    }

    private void field(TextField field, String id, String labelKey, String name) {
        field.setId(id);
        field.setWidthFull();
        if (labelKey != null) {
            field.setLabel(getTranslation(labelKey));
        }
        byName.put(name, field);
    }

    /** Shows the fields the chosen category needs, with its labels; what was typed stays. */
    private void arrange() {
        ApplicantCategory chosen = category.getValue();
        boolean person = chosen == ApplicantCategory.INDIVIDUAL;
        boolean legal = chosen == ApplicantCategory.LEGAL_ENTITY;
        fullName.setLabel(getTranslation(legal ? "registration.representative" : "registration.full-name"));
        company.setVisible(legal);
        snils.setVisible(person);
        passport.setVisible(person);
        inn.setVisible(!person);
        ogrn.setVisible(!person);
        inn.kind(legal ? IdentifierKind.INN_LEGAL : IdentifierKind.INN_INDIVIDUAL);
        inn.setLabel(getTranslation(legal ? "registration.inn.legal" : "registration.inn.individual"));
        ogrn.kind(legal ? IdentifierKind.OGRN : IdentifierKind.OGRNIP);
        ogrn.setLabel(getTranslation(legal ? "registration.ogrn" : "registration.ogrnip"));
    }

    /** The form as typed, with only the fields of the chosen category. */
    public ProfileForm value() {
        ApplicantCategory chosen = category.getValue();
        boolean person = chosen == ApplicantCategory.INDIVIDUAL;
        return new ProfileForm(chosen, fullName.getValue(), chosen == ApplicantCategory.LEGAL_ENTITY ? company.getValue() : null,
                person ? snils.getValue() : null, person ? null : inn.getValue(), person ? null : ogrn.getValue(), phone.getValue(),
                email.getValue().isBlank() ? null : email.getValue().trim(), person && !passport.getValue().isBlank() ? passport.getValue() : null);
    }

    /** Checks every field, marking each wrong one; true when all are right. */
    public boolean check() {
        boolean ok = true;
        for (IdentifierField identifier : List.of(snils, inn, ogrn)) {
            if (identifier.isVisible()) {
                ok &= identifier.check();
            }
        }
        for (FieldProblem problem : RegistrationService.problems(value())) {
            show(problem);
            ok = false;
        }
        return ok;
    }

    /** Marks the field a problem names; false when it names none of these fields. */
    public boolean show(FieldProblem problem) {
        HasValidation field = byName.get(problem.field());
        if (field == null) {
            return false;
        }
        if (field instanceof IdentifierField identifier && !identifier.check()) {
            return true; // its own message names the identifier and what is wrong with it
        }
        mark(field, problem.message(Texts.locale()));
        return true;
    }

    static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
