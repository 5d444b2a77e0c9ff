package io.meterhub.dashboard.customers;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.customers.AccountEdit;
import io.meterhub.cabinet.customers.ChargeCorrection;
import io.meterhub.cabinet.customers.ChargeCorrectionResult;
import io.meterhub.cabinet.customers.CustomerCard;
import io.meterhub.cabinet.customers.CustomerDirectory;
import io.meterhub.cabinet.customers.ManualEditing;
import io.meterhub.cabinet.customers.MeterEdit;
import io.meterhub.cabinet.customers.NewLogin;
import io.meterhub.cabinet.customers.OperatorReading;
import io.meterhub.cabinet.customers.PersonalDataOpenings;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The customer card's dialogs: the login (create, block), linking and unlinking an account, and the
 * manual edits, each of which asks for the reason that goes to the audit log. A refused field is
 * marked on the field itself with the cabinet's message.
 */
final class CustomerDialogs {
    static final String REASON_ID = "edit-reason";
    static final String CONFIRM_ID = "edit-confirm";

    private final CustomerCardView page;
    private final Viewer viewer;
    private final CustomerDirectory directory;
    private final ManualEditing editing;
    private final PersonalDataOpenings openings;

    CustomerDialogs(CustomerCardView page, Viewer viewer, CustomerDirectory directory, ManualEditing editing, PersonalDataOpenings openings) {
        this.page = page;
        this.viewer = viewer;
        this.directory = directory;
        this.editing = editing;
        this.openings = openings;
    }

    /** The masked data in clear on this card, once, for a reason the audit log keeps and the customer sees. */
    void openPersonalData(CustomerCard card) {
        TextArea reason = reason();
        reason.setHelperText(t("admin.customers.personal-data.hint"));
        open("admin.customers.personal-data.open", fields(Map.of("reason", reason)), form(reason), () -> {
            page.render(viewer, card.unmasked(openings.open(viewer, card.id(), reason.getValue())));
            return "admin.customers.personal-data.opened";
        });
    }

    void createLogin(CustomerCard card) {
        TextField login = text("customer-new-login", "admin.customers.login.field");
        EmailField email = new EmailField(t("admin.customers.email"));
        email.setId("customer-new-email");
        email.setHelperText(t("admin.customers.login.create.hint"));
        open("admin.customers.login.create", fields(Map.of("login", login, "email", email)), form(login, email), () -> {
            directory.createLogin(viewer, card.id(), new NewLogin(login.getValue(), email.getValue()));
            page.reload(viewer, card.id());
            return "admin.customers.login.created";
        });
    }

    void block(CustomerCard card) {
        TextArea reason = reason();
        open("admin.customers.login.block", fields(Map.of("reason", reason)), form(reason), () -> {
            directory.blockLogin(viewer, card.id(), reason.getValue());
            page.reload(viewer, card.id());
            return "admin.customers.login.blocked-done";
        });
    }

    void link(CustomerCard.Account account) {
        TextField login = text("account-link-login", "admin.customers.link.login");
        login.setHelperText(t("admin.customers.link.hint"));
        open("admin.customers.link", fields(Map.of("login", login)), form(login), () -> {
            page.go(directory.linkAccount(viewer, account.id(), login.getValue()));
            return "admin.customers.linked";
        });
    }

    void unlink(CustomerCard.Account account) {
        open("admin.customers.unlink", Map.of(), form(new com.vaadin.flow.component.html.Paragraph(t("admin.customers.unlink.confirm"))), () -> {
            page.go(directory.unlinkAccount(viewer, account.id()));
            return "admin.customers.unlinked";
        });
    }

    void editAccount(CustomerCard card, CustomerCard.Account account) {
        TextField address = text("edit-address", "admin.customers.address");
        address.setValue(account.address());
        DatePicker opened = date("edit-opened", "admin.customers.opened");
        opened.setValue(account.openedOn());
        TextArea reason = reason();
        open("admin.customers.edit.account", fields(Map.of("address", address, "openedOn", opened, "reason", reason)),
                form(address, opened, reason), () -> {
                    editing.editAccount(viewer, account.id(), new AccountEdit(address.getValue(), opened.getValue()), reason.getValue());
                    page.reload(viewer, card.id());
                    return "admin.customers.edit.saved";
                });
    }

    void editMeter(CustomerCard card, CustomerCard.Meter meter) {
        TextField serial = text("edit-serial", "admin.customers.meter.serial");
        serial.setValue(meter.serial());
        TextField model = text("edit-model", "admin.customers.meter.model");
        model.setValue(meter.model());
        IntegerField digits = integer("edit-digits", "admin.customers.meter.digits", meter.digits());
        IntegerField decimals = integer("edit-decimals", "admin.customers.meter.decimals", meter.decimals());
        DatePicker verification = date("edit-verification", "admin.customers.meter.verification-field");
        verification.setValue(meter.nextVerificationOn());
        TextArea reason = reason();
        open("admin.customers.edit.meter", fields(Map.of("serial", serial, "model", model, "digits", digits, "decimals", decimals,
                "nextVerificationOn", verification, "reason", reason)), form(serial, model, digits, decimals, verification, reason), () -> {
            editing.editMeter(viewer, meter.id(), new MeterEdit(serial.getValue(), model.getValue(), value(digits), value(decimals),
                    verification.getValue()), reason.getValue());
            page.reload(viewer, card.id());
            return "admin.customers.edit.saved";
        });
    }

    void enterReading(CustomerCard card, CustomerCard.Meter meter) {
        ComboBox<Integer> zone = new ComboBox<>(t("admin.customers.reading.zone"));
        zone.setId("edit-zone");
        zone.setItems(IntStream.rangeClosed(1, meter.zones()).boxed().toList());
        zone.setValue(1);
        TextField value = text("edit-value", "admin.customers.reading.value");
        DatePicker taken = date("edit-taken", "admin.customers.reading.taken");
        TextArea reason = reason();
        open("admin.customers.edit.reading", fields(Map.of("zone", zone, "value", value, "takenOn", taken, "reason", reason)),
                form(zone, value, taken, reason), () -> {
                    editing.enterReading(viewer, meter.id(), new OperatorReading(zone.getValue() == null ? 0 : zone.getValue(), number(value),
                            taken.getValue()), reason.getValue());
                    page.reload(viewer, card.id());
                    return "admin.customers.reading.saved";
                });
    }

    void correctCharge(CustomerCard card, CustomerCard.Account account) {
        ComboBox<String> service = new ComboBox<>(t("admin.customers.charge.service"));
        service.setId("edit-service");
        service.setItems(account.services());
        service.setItemLabelGenerator(code -> page.getTranslation("operator.service." + code).startsWith("!") ? code
                : page.getTranslation("operator.service." + code));
        if (account.services().size() == 1) {
            service.setValue(account.services().get(0));
        }
        DatePicker period = date("edit-period", "admin.customers.charge.period");
        period.setHelperText(t("admin.customers.charge.period.hint"));
        TextField amount = text("edit-amount", "admin.customers.charge.amount");
        amount.setHelperText(t("admin.customers.charge.amount.hint"));
        TextField description = text("edit-description", "admin.customers.charge.description");
        TextArea reason = reason();
        open("admin.customers.edit.charge", fields(Map.of("service", service, "period", period, "amount", amount, "description", description,
                "reason", reason)), form(service, period, amount, description, reason), () -> {
            ChargeCorrectionResult result = editing.correctCharge(viewer, account.id(), new ChargeCorrection(service.getValue(),
                    period.getValue() == null ? null : YearMonth.from(period.getValue()), number(amount), description.getValue()), reason.getValue());
            page.reload(viewer, card.id());
            return result.awaitsSecondPerson() ? "admin.customers.charge.awaiting" : "admin.customers.charge.saved";
        });
    }

    @FunctionalInterface
    private interface Action {
        /** @return the key of the message shown when it is done */
        String run();
    }

    private void open(String titleKey, Map<String, HasValidation> fields, FormLayout form, Action action) {
        Dialog dialog = new Dialog(t(titleKey));
        Button confirm = new Button(t("admin.save"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                String done = action.run();
                dialog.close();
                Notification.show(t(done)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidFieldsException e) {
                for (FieldProblem p : e.problems()) {
                    HasValidation field = fields.get(p.field());
                    if (field == null) {
                        page.error(e);
                    } else {
                        field.setErrorMessage(p.message(page.locale()));
                        field.setInvalid(true);
                    }
                }
            } catch (CabinetException e) {
                page.error(e);
            }
        });
        confirm.setId(CONFIRM_ID);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(t("admin.cancel"), click -> dialog.close());
        dialog.add(form);
        dialog.getFooter().add(cancel, confirm);
        dialog.setWidth("min(560px, 96vw)");
        dialog.open();
    }

    private static Map<String, HasValidation> fields(Map<String, HasValidation> fields) {
        return new LinkedHashMap<>(fields);
    }

    private static FormLayout form(com.vaadin.flow.component.Component... components) {
        FormLayout form = new FormLayout(components);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return form;
    }

    private TextArea reason() {
        TextArea reason = new TextArea(t("admin.customers.reason"));
        reason.setId(REASON_ID);
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText(t("admin.customers.reason.hint"));
        reason.setWidthFull();
        return reason;
    }

    private TextField text(String id, String labelKey) {
        TextField field = new TextField(t(labelKey));
        field.setId(id);
        field.setWidthFull();
        return field;
    }

    private DatePicker date(String id, String labelKey) {
        DatePicker field = new DatePicker(t(labelKey));
        field.setId(id);
        field.setLocale(page.locale());
        return field;
    }

    private IntegerField integer(String id, String labelKey, int value) {
        IntegerField field = new IntegerField(t(labelKey));
        field.setId(id);
        field.setValue(value);
        field.setStepButtonsVisible(true);
        return field;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    /** A number as typed, with a Russian comma or a dot; null when it is not one (the service names the field). */
    private static BigDecimal number(TextField field) {
        String text = field.getValue() == null ? "" : field.getValue().replaceAll("[\\s\\u00A0]", "").replace(',', '.');
        try {
            return text.isEmpty() ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String t(String key) {
        return page.getTranslation(key);
    }
}
