package io.meterhub.dashboard.connection;

import io.meterhub.dashboard.ui.DecimalField;
import io.meterhub.dashboard.ui.Texts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.meterhub.cabinet.connection.ConnectionKind;
import io.meterhub.cabinet.connection.ObjectKind;
import io.meterhub.cabinet.connection.ObjectStep;
import io.meterhub.cabinet.connection.PowerStep;
import io.meterhub.cabinet.connection.ReliabilityCategory;
import io.meterhub.cabinet.connectionfee.VoltageLevel;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The fields of the form's steps 2 (the object) and 3 (the power), filled with what was saved; each
 * knows its fields by the names the service's refusals use, so a refused field says why on itself.
 */
final class FormStepFields {
    /**
     * @param value what the fields say now; empty when a field cannot even be read (a number that is not one)
     */
    record Step<T>(FormLayout form, Map<String, HasValidation> fields, Supplier<Optional<T>> value) {
    }

    private FormStepFields() {
    }

    static Step<ObjectStep> object(Component page, ObjectStep saved) {
        TextArea address = new TextArea(page.getTranslation("connection.address"));
        address.setId(ApplicationFormView.ADDRESS_ID);
        address.setRequiredIndicatorVisible(true);
        address.setMaxLength(500);
        address.setValue(saved == null || saved.address() == null ? "" : saved.address());
        TextField cadastral = new TextField(page.getTranslation("connection.cadastral"));
        cadastral.setId(ApplicationFormView.CADASTRAL_ID);
        cadastral.setPlaceholder("63:01:0101001:123");
        cadastral.setHelperText(page.getTranslation("connection.cadastral.help"));
        cadastral.setAllowedCharPattern("[0-9:]");
        cadastral.setValue(saved == null || saved.cadastralNumber() == null ? "" : saved.cadastralNumber());
        Select<ObjectKind> kind = select(page, ApplicationFormView.OBJECT_KIND_ID, "connection.object-kind", ObjectKind.values(),
                "connection.object.kind");
        kind.setRequiredIndicatorVisible(true);
        kind.setValue(saved == null ? null : saved.kind());
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("address", address);
        fields.put("cadastralNumber", cadastral);
        fields.put("kind", kind);
        FormLayout form = form(address, cadastral, kind);
        form.setColspan(address, 2);
        return new Step<>(form, fields, () -> Optional.of(new ObjectStep(blankToNull(address.getValue()), blankToNull(cadastral.getValue()),
                kind.getValue())));
    }

    static Step<PowerStep> power(Component page, PowerStep saved) {
        DecimalField max = new DecimalField(page.getTranslation("connection.power.max"), false, null, false);
        max.setId(ApplicationFormView.MAX_POWER_ID);
        max.setRequiredIndicatorVisible(true);
        max.setSuffixComponent(new Span(page.getTranslation("connection.fee.unit.kW")));
        DecimalField connected = new DecimalField(page.getTranslation("connection.power.connected"), false, null, false);
        connected.setId(ApplicationFormView.CONNECTED_ID);
        connected.setSuffixComponent(new Span(page.getTranslation("connection.fee.unit.kW")));
        connected.setHelperText(page.getTranslation("connection.power.connected.help"));
        Select<VoltageLevel> voltage = select(page, ApplicationFormView.VOLTAGE_ID, "connection.voltage", VoltageLevel.values(),
                "connectionfee.voltage");
        Select<ReliabilityCategory> reliability = select(page, ApplicationFormView.RELIABILITY_ID, "connection.reliability",
                ReliabilityCategory.values(), "connection.reliability");
        RadioButtonGroup<ConnectionKind> kind = new RadioButtonGroup<>();
        kind.setId(ApplicationFormView.CONNECTION_KIND_ID);
        kind.setLabel(page.getTranslation("connection.kind"));
        kind.setItems(ConnectionKind.values());
        kind.setItemLabelGenerator(k -> Texts.of(page, "connection.connection_kind", k));
        if (saved != null) {
            max.show(saved.maxPowerKw());
            connected.show(saved.alreadyConnectedKw());
            voltage.setValue(saved.voltage());
            reliability.setValue(saved.reliability());
            kind.setValue(saved.connectionKind());
        }
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("maxPowerKw", max);
        fields.put("alreadyConnectedKw", connected);
        fields.put("voltage", voltage);
        fields.put("reliability", reliability);
        fields.put("connectionKind", kind);
        return new Step<>(form(max, connected, voltage, reliability, kind), fields, () -> {
            Optional<BigDecimal> maxKw = max.read();
            Optional<BigDecimal> connectedKw = connected.read();
            if (max.isInvalid() || connected.isInvalid()) {
                return Optional.empty();
            }
            return Optional.of(new PowerStep(maxKw.orElse(null), connectedKw.orElse(null), voltage.getValue(), reliability.getValue(),
                    kind.getValue()));
        });
    }

    /** Step 1's facts from the applicant's profile (the form does not edit them: the profile does). */
    static java.util.List<Component> profileFacts(Component page, io.meterhub.cabinet.registration.ApplicantProfile profile) {
        java.util.List<Component> facts = new java.util.ArrayList<>();
        facts.add(ApplicationFacts.line(page, "connection.applicant", profile.displayName(), "form-applicant"));
        facts.add(ApplicationFacts.line(page, "connection.category", Texts.of(page, "connectionfee.category", profile.category()), "form-category"));
        if (profile.snils() != null) {
            facts.add(ApplicationFacts.line(page, "registration.snils", profile.snils(), "form-snils"));
        }
        if (profile.inn() != null) {
            facts.add(ApplicationFacts.line(page, "connection.inn", profile.inn(), "form-inn"));
        }
        if (profile.ogrn() != null) {
            facts.add(ApplicationFacts.line(page, "connection.ogrn", profile.ogrn(), "form-ogrn"));
        }
        facts.add(ApplicationFacts.line(page, "registration.phone", profile.phone(), "form-phone"));
        if (profile.email() != null) {
            facts.add(ApplicationFacts.line(page, "registration.email", profile.email(), "form-email"));
        }
        return facts;
    }

    private static <E extends Enum<E>> Select<E> select(Component page, String id, String label, E[] values, String texts) {
        Select<E> select = new Select<>();
        select.setId(id);
        select.setLabel(page.getTranslation(label));
        select.setItems(values);
        select.setItemLabelGenerator(v -> Texts.of(page, texts, v));
        return select;
    }

    private static FormLayout form(Component... components) {
        FormLayout form = new FormLayout(components);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        form.setWidthFull();
        return form;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
