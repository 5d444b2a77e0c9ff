package io.meterhub.dashboard.organizations;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.HasValidation;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.organizations.OrganizationKind;
import io.meterhub.cabinet.organizations.OrganizationProfile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The fields of an organization's properties in sections; each field's id is {@code org-<property>},
 * so the service's refusals ({@link FieldProblem#field()}) land on the field they name.
 */
final class ProfileForm extends Div {
    /** Russia's time zones first, as a utility would look for them. */
    private static final List<String> ZONES = List.of("Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara", "Europe/Volgograd",
            "Asia/Yekaterinburg", "Asia/Omsk", "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk", "Asia/Vladivostok",
            "Asia/Magadan", "Asia/Kamchatka");

    private final Map<String, HasValidation> byField = new LinkedHashMap<>();
    private final Function<String, String> t;
    private final boolean creating;
    private final TextField id = text("id");
    private final ComboBox<OrganizationKind> kind = new ComboBox<>();
    private final TextField name = text("name");
    private final TextField legalName = text("legalName");
    private final TextField inn = text("inn");
    private final TextField kpp = text("kpp");
    private final TextField ogrn = text("ogrn");
    private final TextField address = text("address");
    private final TextField phone = text("phone");
    private final TextField email = text("email");
    private final TextField website = text("website");
    private final TextField bankName = text("bankName");
    private final TextField bic = text("bic");
    private final TextField settlementAccount = text("settlementAccount");
    private final TextField correspondentAccount = text("correspondentAccount");
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final TextField zoneSchedule = text("zoneSchedule");
    private final IntegerField windowFirstDay = new IntegerField();
    private final IntegerField windowLastDay = new IntegerField();
    private OrganizationProfile shown;

    ProfileForm(Function<String, String> translation, boolean creating) {
        this.t = translation;
        this.creating = creating;
        kind.setItems(OrganizationKind.values());
        kind.setItemLabelGenerator(k -> t.apply("admin.organization.kind." + k.name()));
        kind.setId("org-kind");
        timeZone.setItems(ZONES);
        timeZone.setAllowCustomValue(true);
        timeZone.addCustomValueSetListener(e -> timeZone.setValue(e.getDetail()));
        timeZone.setId("org-timeZone");
        windowFirstDay.setId("org-windowFirstDay");
        windowLastDay.setId("org-windowLastDay");
        for (IntegerField day : List.of(windowFirstDay, windowLastDay)) {
            day.setMin(1);
            day.setMax(31);
            day.setStepButtonsVisible(true);
        }
        byField.put("kind", kind);
        byField.put("timeZone", timeZone);
        byField.put("windowFirstDay", windowFirstDay);
        byField.put("windowLastDay", windowLastDay);
        label();
        zoneSchedule.setHelperText(t.apply("admin.organization.zoneSchedule.hint"));
        settlementAccount.setHelperText(t.apply("admin.organization.accounts.hint"));

        FormLayout names = OrganizationView.responsive(new FormLayout());
        if (creating) {
            id.setHelperText(t.apply("admin.organization.id.hint"));
            names.add(id, kind);
        }
        names.add(name, legalName, inn, kpp, ogrn, address);
        FormLayout contacts = OrganizationView.responsive(new FormLayout(phone, email, website));
        FormLayout bank = OrganizationView.responsive(new FormLayout(bankName, bic, settlementAccount, correspondentAccount));
        FormLayout time = OrganizationView.responsive(new FormLayout(timeZone, zoneSchedule, windowFirstDay, windowLastDay));
        add(OrganizationView.section(t.apply("admin.organization.section.names")), names,
                OrganizationView.section(t.apply("admin.organization.section.contacts")), contacts,
                OrganizationView.section(t.apply("admin.organization.section.bank")), bank,
                OrganizationView.section(t.apply("admin.organization.section.time")), time);
        setWidthFull();
    }

    private TextField text(String field) {
        TextField f = new TextField();
        f.setId("org-" + field);
        f.setWidthFull();
        byField.put(field, f);
        return f;
    }

    private void label() {
        byField.forEach((field, component) -> ((com.vaadin.flow.component.HasLabel) component).setLabel(t.apply("admin.organization.field." + field)));
    }

    void show(OrganizationProfile p) {
        shown = p;
        set(id, p.id());
        kind.setValue(p.kind());
        set(name, p.name());
        set(legalName, p.legalName());
        set(inn, p.inn());
        set(kpp, p.kpp());
        set(ogrn, p.ogrn());
        set(address, p.address());
        set(phone, p.phone());
        set(email, p.email());
        set(website, p.website());
        set(bankName, p.bankName());
        set(bic, p.bic());
        set(settlementAccount, p.settlementAccount());
        set(correspondentAccount, p.correspondentAccount());
        timeZone.setValue(p.timeZone());
        set(zoneSchedule, p.zoneSchedule());
        windowFirstDay.setValue(p.windowFirstDay());
        windowLastDay.setValue(p.windowLastDay());
    }

    /** A new organization's defaults: the parent's time zone and zones, the usual window. */
    void showDefaults(OrganizationProfile parent) {
        show(new OrganizationProfile("", parent.id(), "", parent.kind(), parent.timeZone(), parent.zoneSchedule(), null, null, null, null, null,
                null, null, null, null, null, null, null, parent.windowFirstDay(), parent.windowLastDay()));
    }

    OrganizationProfile read() {
        return new OrganizationProfile(creating ? id.getValue() : shown.id(), shown == null ? null : shown.parentId(), name.getValue(),
                kind.getValue(), timeZone.getValue(), zoneSchedule.getValue(), legalName.getValue(), inn.getValue(), kpp.getValue(),
                ogrn.getValue(), address.getValue(), phone.getValue(), email.getValue(), website.getValue(), bankName.getValue(), bic.getValue(),
                correspondentAccount.getValue(), settlementAccount.getValue(), day(windowFirstDay), day(windowLastDay));
    }

    void clearProblems() {
        byField.values().forEach(f -> f.setInvalid(false));
    }

    void showProblems(InvalidFieldsException e, Locale locale) {
        for (FieldProblem problem : e.problems()) {
            HasValidation field = byField.get(problem.field());
            if (field != null) {
                field.setErrorMessage(problem.message(locale));
                field.setInvalid(true);
            }
        }
    }

    private static int day(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private static void set(HasValue<?, String> field, String value) {
        field.setValue(value == null ? "" : value);
    }
}
