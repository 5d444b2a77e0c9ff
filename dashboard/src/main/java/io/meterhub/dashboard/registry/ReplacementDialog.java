package io.meterhub.dashboard.registry;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.registry.Meter;
import io.meterhub.cabinet.registry.MeterForm;
import io.meterhub.cabinet.registry.MeterReplacement;
import io.meterhub.cabinet.registry.Replacement;
import io.meterhub.cabinet.registry.RegistryService;
import io.meterhub.dashboard.ui.DecimalField;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Replacing a meter (замена прибора учёта): when, the old meter's final register values, the new
 * meter (its controller, account and object taken over from the old one) with its initial values,
 * and why. The old meter leaves service; the new one is accepted by the pipeline at once.
 */
final class ReplacementDialog extends Dialog {
    static final String CONFIRM_ID = "registry-replace-confirm";
    private static final List<String> REGISTERS = List.of("1.8.0", "1.8.1", "1.8.2", "1.8.3", "1.8.4");

    ReplacementDialog(Function<String, String> t, RegistryService registry, Viewer viewer, Meter old, Consumer<MeterReplacement> done) {
        setHeaderTitle(t.apply("admin.registry.replacement.title") + " " + old.id());
        setId("registry-replacement");
        ZoneId zone = registry.zone(viewer);
        DateTimePicker at = new DateTimePicker(t.apply("admin.registry.replacement.at"));
        at.setId("registry-replace-at");
        at.setValue(LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES));
        Map<String, DecimalField> finals = values(t, "final", old.tariffRegisters());
        MeterFields next = new MeterFields(t, "registry-replace", registry, viewer);
        next.show(new MeterForm("", old.controllerId(), null, old.model(), null, old.registerDigits(), old.tariffRegisters(), old.intervalSeconds(),
                old.accountNumber(), old.objectName(), null, null));
        Map<String, DecimalField> initials = values(t, "initial", old.tariffRegisters());
        TextArea reason = new TextArea(t.apply("admin.registry.reason"));
        reason.setId("registry-replace-reason");
        reason.setWidthFull();

        FormLayout finalForm = grid(finals);
        FormLayout initialForm = grid(initials);
        Paragraph initialHint = new Paragraph(t.apply("admin.registry.replacement.initial.hint"));
        initialHint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(at, new H4(t.apply("admin.registry.replacement.final")), finalForm, new H4(t.apply("admin.registry.replacement.new")), next,
                new H4(t.apply("admin.registry.replacement.initial")), initialHint, initialForm, reason);

        Map<String, HasValidation> more = new LinkedHashMap<>();
        more.put("replacedAt", at);
        more.put("finalValues", finals.get("1.8.0"));
        more.put("initialValues", initials.get("1.8.0"));
        Button confirm = new Button(t.apply("admin.registry.replacement.confirm"), click -> {
            next.clearProblems();
            more.values().forEach(f -> f.setInvalid(false));
            Map<String, BigDecimal> finalValues = read(finals);
            Map<String, BigDecimal> initialValues = read(initials);
            if (finalValues == null || initialValues == null) {
                return;
            }
            try {
                MeterReplacement replaced = registry.replaceMeter(viewer, new Replacement(old.id(), next.read(),
                        at.getValue() == null ? null : at.getValue().atZone(zone).toInstant(), finalValues, initialValues, reason.getValue()));
                close();
                done.accept(replaced);
            } catch (InvalidFieldsException e) {
                next.showProblems(e, getLocale(), more);
            } catch (CabinetException e) {
                Notification.show(e.message(getLocale())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        confirm.setId(CONFIRM_ID);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(t.apply("admin.cancel"), click -> close()), confirm);
        setWidth("min(760px, 96vw)");
    }

    private static Map<String, DecimalField> values(Function<String, String> t, String kind, int tariffRegisters) {
        Map<String, DecimalField> fields = new LinkedHashMap<>();
        for (String obis : REGISTERS.subList(0, tariffRegisters + 1)) {
            DecimalField field = new DecimalField(t.apply("admin.registry.register." + obis), obis.equals("1.8.0"), BigDecimal.ZERO, false);
            field.setId("registry-replace-" + kind + "-" + obis.replace('.', '_'));
            fields.put(obis, field);
        }
        return fields;
    }

    private static FormLayout grid(Map<String, DecimalField> fields) {
        FormLayout form = new FormLayout();
        fields.values().forEach(form::add);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("420px", 3));
        return form;
    }

    /** The values typed, by OBIS code; null when a field says it is wrong. */
    private static Map<String, BigDecimal> read(Map<String, DecimalField> fields) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, DecimalField> field : fields.entrySet()) {
            var value = field.getValue().read();
            if (field.getValue().isInvalid()) {
                ok = false;
            }
            value.ifPresent(v -> values.put(field.getKey(), v));
        }
        return ok ? values : null;
    }
}
