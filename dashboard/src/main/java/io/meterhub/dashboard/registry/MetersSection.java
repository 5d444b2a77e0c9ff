package io.meterhub.dashboard.registry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.registry.Meter;
import io.meterhub.cabinet.registry.MeterForm;
import io.meterhub.cabinet.registry.RegistryService;
import io.meterhub.dashboard.ui.OperatorFormat;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/** The organization's meters: search by id, number, serial, controller, account or object; register, edit, replace. */
final class MetersSection extends VerticalLayout {
    static final String GRID_ID = "registry-meters";
    static final String CREATE_ID = "registry-meter-create";
    static final String SEARCH_ID = "registry-meter-search";

    private final transient RegistryService registry;
    private final transient Viewer viewer;
    private final RegistryList<Meter> list;

    MetersSection(RegistryService registry, Viewer viewer) {
        this.registry = registry;
        this.viewer = viewer;
        setPadding(false);
        list = new RegistryList<>(SEARCH_ID, t("admin.registry.meters.search"), GRID_ID, t("admin.registry.meters.who"),
                t("admin.registry.actions"), (text, page) -> registry.meters(viewer, text, page), this::who, this::actions);
        Button create = RegistryList.primary(CREATE_ID, t("admin.registry.meters.create"), () -> openMeter(null));
        add(list.bar(create), list.grid);
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    private Component who(Meter m) {
        Span id = new Span(m.number() == null ? m.id() : m.number() + " · " + m.id());
        id.getStyle().set("font-weight", "600");
        String what = String.join(" · ", java.util.stream.Stream.of(m.model(), m.serial() == null ? null : t("admin.registry.meters.serial", m.serial()),
                t("admin.registry.meters.through", m.controllerId())).filter(s -> s != null).toList());
        Div who = new Div(id, new Div(secondary(what)));
        String serves = serves(m);
        if (!serves.isEmpty()) {
            who.add(new Div(secondary(serves)));
        }
        Span verification = verification(m);
        Span label = secondary(t("admin.registry.meter.nextVerificationOn") + ": ");
        who.add(new Div(label, verification));
        who.setId("registry-meter-" + m.id());
        return who;
    }

    private static Span secondary(String text) {
        Span span = new Span(text);
        span.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return span;
    }

    private String serves(Meter m) {
        String account = m.accountNumber() == null ? null : t("admin.registry.meters.account", m.accountNumber());
        return String.join(" · ", java.util.stream.Stream.of(account, m.objectName()).filter(s -> s != null).toList());
    }

    private Span verification(Meter m) {
        Span shown;
        if (!m.inService()) {
            shown = new Span(t("admin.registry.meters.replaced", OperatorFormat.date(m.removedOn(), getLocale())));
            shown.getStyle().set("color", "var(--lumo-secondary-text-color)");
        } else if (m.nextVerificationOn() == null) {
            shown = new Span("—");
        } else if (m.nextVerificationOn().isBefore(LocalDate.now(registry.zone(viewer)))) {
            shown = new Span(t("admin.registry.meters.overdue", OperatorFormat.date(m.nextVerificationOn(), getLocale())));
            shown.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        } else {
            shown = new Span(OperatorFormat.date(m.nextVerificationOn(), getLocale()));
        }
        shown.setId("registry-meter-" + m.id() + "-verification");
        return shown;
    }

    private Component actions(Meter m) {
        Div actions = new Div();
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        if (m.inService()) {
            actions.add(small("registry-meter-" + m.id() + "-edit", "admin.registry.meters.edit", () -> openMeter(m)));
            actions.add(small("registry-meter-" + m.id() + "-replace", "admin.registry.meters.replace",
                    () -> new ReplacementDialog(this::t, registry, viewer, m, done -> {
                        list.refresh();
                        Notification.show(t("admin.registry.replacement.done", done.oldMeterId(), done.newMeterId()))
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    }).open()));
        }
        return actions;
    }

    private Button small(String id, String key, Runnable action) {
        Button button = new Button(t(key), click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** Registers a meter ({@code existing} null) or edits one; an edit asks for a reason for the audit log. */
    private void openMeter(Meter existing) {
        Dialog dialog = new Dialog(existing == null ? t("admin.registry.meters.create") : t("admin.registry.meters.edit.title", existing.id()));
        MeterFields fields = new MeterFields(this::t, "registry-meter", registry, viewer);
        TextArea reason = new TextArea(t("admin.registry.reason"));
        reason.setId("registry-meter-reason");
        if (existing != null) {
            fields.show(existing.form());
            fields.id.setReadOnly(true);
            fields.add(reason);
            fields.setColspan(reason, 2);
        }
        Consumer<Meter> saved = meter -> {
            dialog.close();
            list.refresh();
            Notification.show(t(existing == null ? "admin.registry.meters.created" : "admin.registry.meters.saved", meter.id()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        };
        Button confirm = new Button(t(existing == null ? "admin.registry.meters.create.confirm" : "admin.save"), click -> {
            fields.clearProblems();
            try {
                MeterForm form = fields.read();
                saved.accept(existing == null ? registry.registerMeter(viewer, form) : registry.updateMeter(viewer, form, reason.getValue()));
            } catch (InvalidFieldsException e) {
                fields.showProblems(e, getLocale(), Map.<String, HasValidation>of());
            } catch (CabinetException e) {
                Notification.show(e.message(getLocale())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        confirm.setId("registry-meter-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(fields);
        dialog.getFooter().add(new Button(t("admin.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(720px, 96vw)");
        dialog.open();
    }
}
