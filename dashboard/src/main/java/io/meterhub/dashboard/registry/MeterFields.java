package io.meterhub.dashboard.registry;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.registry.Controller;
import io.meterhub.cabinet.registry.MeterForm;
import io.meterhub.cabinet.registry.RegistryService;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A meter's fields, each with the id {@code <prefix>-<field>}, so that the service's refusals land on
 * the field they name. The controller is chosen from the organization's, searched lazily.
 */
final class MeterFields extends FormLayout {
    final TextField id = new TextField();
    final ComboBox<String> controller = new ComboBox<>();
    final TextField number = new TextField();
    final TextField model = new TextField();
    final TextField serial = new TextField();
    final IntegerField registerDigits = new IntegerField();
    final IntegerField tariffRegisters = new IntegerField();
    final IntegerField intervalSeconds = new IntegerField();
    final TextField accountNumber = new TextField();
    final TextField objectName = new TextField();
    final DatePicker installedOn = new DatePicker();
    final DatePicker nextVerificationOn = new DatePicker();
    private final Map<String, HasValidation> byField = new LinkedHashMap<>();

    MeterFields(Function<String, String> t, String prefix, RegistryService registry, Viewer viewer) {
        field(t, prefix, "id", id);
        field(t, prefix, "controllerId", controller);
        field(t, prefix, "number", number);
        field(t, prefix, "model", model);
        field(t, prefix, "serial", serial);
        field(t, prefix, "registerDigits", registerDigits);
        field(t, prefix, "tariffRegisters", tariffRegisters);
        field(t, prefix, "intervalSeconds", intervalSeconds);
        field(t, prefix, "accountNumber", accountNumber);
        field(t, prefix, "objectName", objectName);
        field(t, prefix, "installedOn", installedOn);
        field(t, prefix, "nextVerificationOn", nextVerificationOn);
        id.setHelperText(t.apply("admin.registry.meter.id.hint"));
        controller.setItems(query -> Paging.window(p -> registry.controllers(viewer, query.getFilter().orElse(null), p), query.getOffset(),
                query.getLimit()).map(Controller::id));
        registerDigits.setValue(6);
        tariffRegisters.setValue(0);
        intervalSeconds.setValue(900);
        for (IntegerField n : new IntegerField[] {registerDigits, tariffRegisters, intervalSeconds}) {
            n.setStepButtonsVisible(true);
        }
        registerDigits.setMin(3);
        registerDigits.setMax(12);
        tariffRegisters.setMin(0);
        tariffRegisters.setMax(4);
        intervalSeconds.setMin(1);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("520px", 2));
    }

    private void field(Function<String, String> t, String prefix, String name, com.vaadin.flow.component.Component field) {
        ((com.vaadin.flow.component.HasLabel) field).setLabel(t.apply("admin.registry.meter." + name));
        field.setId(prefix + "-" + name);
        byField.put(name, (HasValidation) field);
        add(field);
    }

    void show(MeterForm m) {
        id.setValue(text(m.id()));
        controller.setValue(m.controllerId());
        number.setValue(text(m.number()));
        model.setValue(text(m.model()));
        serial.setValue(text(m.serial()));
        registerDigits.setValue(m.registerDigits());
        tariffRegisters.setValue(m.tariffRegisters());
        intervalSeconds.setValue(m.intervalSeconds());
        accountNumber.setValue(text(m.accountNumber()));
        objectName.setValue(text(m.objectName()));
        installedOn.setValue(m.installedOn());
        nextVerificationOn.setValue(m.nextVerificationOn());
    }

    MeterForm read() {
        return new MeterForm(id.getValue(), controller.getValue(), number.getValue(), model.getValue(), serial.getValue(), registerDigits.getValue(),
                tariffRegisters.getValue(), intervalSeconds.getValue(), accountNumber.getValue(), objectName.getValue(), installedOn.getValue(),
                nextVerificationOn.getValue());
    }

    void clearProblems() {
        byField.values().forEach(f -> f.setInvalid(false));
    }

    void showProblems(InvalidFieldsException e, Locale locale, Map<String, HasValidation> more) {
        Map<String, HasValidation> all = new LinkedHashMap<>(byField);
        all.putAll(more);
        ControllersSection.show(all, e, locale);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
