package io.meterhub.dashboard.registry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.StreamResource;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.registry.BrokerCredentials;
import io.meterhub.cabinet.registry.Controller;
import io.meterhub.cabinet.registry.ControllerProtocol;
import io.meterhub.cabinet.registry.NewController;
import io.meterhub.cabinet.registry.RegistryService;
import io.meterhub.dashboard.ui.OperatorFormat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The organization's controllers: search, register (MQTT or Modbus), issue and rotate broker passwords. */
final class ControllersSection extends VerticalLayout {
    static final String GRID_ID = "registry-controllers";
    static final String CREATE_ID = "registry-controller-create";
    static final String SEARCH_ID = "registry-controller-search";

    private final transient RegistryService registry;
    private final transient Viewer viewer;
    private final RegistryList<Controller> list;

    ControllersSection(RegistryService registry, Viewer viewer) {
        this.registry = registry;
        this.viewer = viewer;
        setPadding(false);
        list = new RegistryList<>(SEARCH_ID, t("admin.registry.controllers.search"), GRID_ID, t("admin.registry.controllers.who"),
                t("admin.registry.actions"), (text, page) -> registry.controllers(viewer, text, page), this::who, this::actions);
        Button create = RegistryList.primary(CREATE_ID, t("admin.registry.controllers.create"), this::openCreate);
        Anchor passwd = new Anchor(new StreamResource("mosquitto-passwd", () -> new ByteArrayInputStream(
                registry.mosquittoPasswordFile(viewer).getBytes(StandardCharsets.UTF_8))), t("admin.registry.controllers.passwd"));
        passwd.getElement().setAttribute("download", true);
        passwd.setId("registry-controller-passwd");
        add(list.bar(create, passwd), list.grid);
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    private Component who(Controller c) {
        Span id = new Span(c.id());
        id.getStyle().set("font-weight", "600");
        Div who = new Div(id);
        if (c.description() != null) {
            who.add(new Div(secondary(c.description())));
        }
        Span connection = secondary(connection(c) + " · " + t("admin.registry.controllers.meters", String.valueOf(c.meters())));
        connection.setId("registry-controller-" + c.id() + "-connection");
        who.add(new Div(connection));
        who.setId("registry-controller-" + c.id());
        return who;
    }

    private static Span secondary(String text) {
        Span span = new Span(text);
        span.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return span;
    }

    private String connection(Controller c) {
        if (c.protocol() == ControllerProtocol.MODBUS && c.modbusHost() == null) {
            // a gateway registered as one controller: the devices it polls are in its own settings
            return t("admin.registry.controllers.modbus.gateway");
        }
        if (c.protocol() == ControllerProtocol.MODBUS) {
            return t("admin.registry.controllers.modbus", c.modbusHost(), String.valueOf(c.modbusPort()), String.valueOf(c.modbusUnitId()),
                    c.modbusProfile(), String.valueOf(c.pollIntervalSeconds()));
        }
        Locale locale = getLocale();
        if (!c.hasCredentials()) {
            return t("admin.registry.controllers.mqtt.none");
        }
        return c.credentialsRotatedAt() == null
                ? t("admin.registry.controllers.mqtt.issued", OperatorFormat.date(c.credentialsIssuedAt().atZone(registry.zone(viewer)).toLocalDate(), locale))
                : t("admin.registry.controllers.mqtt.rotated", OperatorFormat.date(c.credentialsRotatedAt().atZone(registry.zone(viewer)).toLocalDate(), locale));
    }

    private Component actions(Controller c) {
        Div actions = new Div();
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        // a Modbus controller logs in too: through the gateway that polls it and publishes as it
        if (c.hasCredentials()) {
            actions.add(small("registry-controller-" + c.id() + "-rotate", "admin.registry.controllers.rotate", () -> openRotate(c)));
        } else {
            actions.add(small("registry-controller-" + c.id() + "-issue", "admin.registry.controllers.issue",
                    () -> credentials(() -> registry.issueCredentials(viewer, c.id()))));
        }
        if (c.protocol() == ControllerProtocol.MODBUS) {
            actions.add(small("registry-controller-" + c.id() + "-gateway", "admin.registry.controllers.gateway", () -> openGateway(c)));
        }
        return actions;
    }

    private Button small(String id, String key, Runnable action) {
        Button button = new Button(t(key), click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void credentials(Supplier<BrokerCredentials> issue) {
        try {
            BrokerCredentials issued = issue.get();
            list.refresh();
            new CredentialsDialog(this::t, issued).open();
        } catch (CabinetException e) {
            Notification.show(e.message(getLocale())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The settings of {@code ./meterhub ingest modbus} that polls this controller and publishes as it. */
    private void openGateway(Controller c) {
        Dialog dialog = new Dialog(t("admin.registry.gateway.title", c.id()));
        TextArea settings = new TextArea(t("admin.registry.gateway.settings"));
        settings.setId("registry-gateway-settings");
        settings.setValue(String.join("\n", registry.gatewaySettings(viewer, c.id())));
        settings.setReadOnly(true);
        settings.setWidthFull();
        settings.getStyle().set("font-family", "monospace");
        Span hint = new Span(t(c.hasCredentials() ? "admin.registry.gateway.password" : "admin.registry.gateway.no-password"));
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)");
        dialog.add(new VerticalLayout(settings, hint));
        Button close = new Button(t("admin.registry.credentials.done.close"), click -> dialog.close());
        close.setId("registry-gateway-close");
        dialog.getFooter().add(close);
        dialog.setWidth("min(640px, 96vw)");
        dialog.open();
    }

    private void openRotate(Controller c) {
        Dialog dialog = new Dialog(t("admin.registry.controllers.rotate.title", c.id()));
        Span warning = new Span(t("admin.registry.controllers.rotate.warning"));
        TextArea reason = new TextArea(t("admin.registry.reason"));
        reason.setId("registry-rotate-reason");
        reason.setWidthFull();
        Button confirm = new Button(t("admin.registry.controllers.rotate"), click -> {
            dialog.close();
            credentials(() -> registry.rotateCredentials(viewer, c.id(), reason.getValue()));
        });
        confirm.setId("registry-rotate-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(new VerticalLayout(warning, reason));
        dialog.getFooter().add(new Button(t("admin.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(480px, 96vw)");
        dialog.open();
    }

    private void openCreate() {
        Dialog dialog = new Dialog(t("admin.registry.controllers.create"));
        TextField id = new TextField(t("admin.registry.controller.id"));
        id.setId("registry-controller-id");
        id.setHelperText(t("admin.registry.controller.id.hint"));
        RadioButtonGroup<ControllerProtocol> protocol = new RadioButtonGroup<>(t("admin.registry.controller.protocol"));
        protocol.setId("registry-controller-protocol");
        protocol.setItems(ControllerProtocol.values());
        protocol.setItemLabelGenerator(p -> t("admin.registry.protocol." + p.name()));
        protocol.setValue(ControllerProtocol.MQTT);
        TextField description = new TextField(t("admin.registry.controller.description"));
        description.setId("registry-controller-description");
        TextField host = new TextField(t("admin.registry.controller.host"));
        host.setId("registry-controller-host");
        IntegerField port = new IntegerField(t("admin.registry.controller.port"));
        port.setId("registry-controller-port");
        port.setValue(502);
        IntegerField unit = new IntegerField(t("admin.registry.controller.unit"));
        unit.setId("registry-controller-unit");
        unit.setValue(1);
        ComboBox<String> profile = new ComboBox<>(t("admin.registry.controller.profile"));
        profile.setId("registry-controller-profile");
        profile.setItems(registry.modbusProfiles());
        IntegerField interval = new IntegerField(t("admin.registry.controller.interval"));
        interval.setId("registry-controller-interval");
        interval.setValue(10);
        Map<String, HasValidation> byField = new LinkedHashMap<>();
        byField.put("id", id);
        byField.put("protocol", protocol);
        byField.put("description", description);
        byField.put("modbusHost", host);
        byField.put("modbusPort", port);
        byField.put("modbusUnitId", unit);
        byField.put("modbusProfile", profile);
        byField.put("pollIntervalSeconds", interval);
        FormLayout modbus = new FormLayout(host, port, unit, profile, interval);
        modbus.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        modbus.setVisible(false);
        protocol.addValueChangeListener(e -> modbus.setVisible(e.getValue() == ControllerProtocol.MODBUS));
        FormLayout form = new FormLayout(id, protocol, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button confirm = new Button(t("admin.registry.controllers.create.confirm"), click -> {
            byField.values().forEach(f -> f.setInvalid(false));
            try {
                Controller created = registry.registerController(viewer, new NewController(id.getValue(), protocol.getValue(),
                        description.getValue(), host.getValue(), port.getValue(), unit.getValue(), profile.getValue(), interval.getValue()));
                dialog.close();
                list.refresh();
                Notification.show(t("admin.registry.controllers.created", created.id())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                if (created.protocol() == ControllerProtocol.MQTT) {
                    credentials(() -> registry.issueCredentials(viewer, created.id()));
                }
            } catch (InvalidFieldsException e) {
                show(byField, e, getLocale());
            } catch (CabinetException e) {
                Notification.show(e.message(getLocale())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        confirm.setId("registry-controller-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form, modbus);
        dialog.getFooter().add(new Button(t("admin.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(640px, 96vw)");
        dialog.open();
    }

    /** Marks each field the service named with its message; a problem of no field on screen is a notification. */
    static void show(Map<String, HasValidation> byField, InvalidFieldsException e, Locale locale) {
        for (FieldProblem problem : e.problems()) {
            HasValidation field = byField.get(problem.field());
            if (field != null) {
                field.setErrorMessage(problem.message(locale));
                field.setInvalid(true);
            } else {
                Notification.show(problem.message(locale)).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }
}
