package io.meterhub.dashboard.apikeys;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.apikeys.ApiKey;
import io.meterhub.cabinet.apikeys.ApiKeyAdministration;
import io.meterhub.cabinet.apikeys.CreatedKey;
import io.meterhub.cabinet.apikeys.Scope;
import io.meterhub.cabinet.audit.AuditTrail;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.RequiresModule;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.stream.Collectors;

/**
 * The organization's API keys (Ключи API): each key's name, scopes, who made it and when, its last
 * use and whether it is revoked; the administrator makes a key (shown once) and revokes one. Only the
 * administrator: a key acts for the organization without a person, with scopes no operator module
 * grants, so the page is {@code ADMIN}-only although it sits in the STAFF module's part of the menu.
 */
@Menu(title = "nav.admin-api-keys", order = 38, icon = "vaadin:key")
@Route(value = "admin/api-keys", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
@RequiresModule(StaffModule.STAFF)
public class ApiKeysView extends ModulePage {
    public static final String LIST_ID = "api-keys-list";
    public static final String CREATE_ID = "api-key-create";
    public static final String NAME_ID = "api-key-new-name";
    public static final String SCOPES_ID = "api-key-new-scopes";
    public static final String SUB_ORGANIZATIONS_ID = "api-key-new-sub-organizations";
    public static final String CONFIRM_ID = "api-key-new-confirm";
    public static final String REVOKE_CONFIRM_ID = "api-key-revoke-confirm";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final transient ApiKeyAdministration keys;
    private final transient ZoneId zone;
    private final Div list = cards(LIST_ID);

    public ApiKeysView(AuthenticationContext authentication, StaffRights rights, ApiKeyAdministration keys, AuditTrail audit) {
        super("nav.admin-api-keys", authentication, rights);
        this.keys = keys;
        this.zone = viewer().map(audit::zone).orElse(ZoneId.of("UTC"));
        viewer().ifPresent(this::build);
    }

    private void build(Viewer viewer) {
        add(note(getTranslation("apikeys.intro"), "api-keys-intro"));
        Button create = new Button(getTranslation("apikeys.create"), click -> openCreate(viewer));
        create.setId(CREATE_ID);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(create, list);
        refresh(viewer);
    }

    private void refresh(Viewer viewer) {
        list.removeAll();
        var all = keys.keysOf(viewer);
        if (all.isEmpty()) {
            list.add(note(getTranslation("apikeys.none"), "api-keys-none"));
        }
        all.forEach(key -> list.add(card(viewer, key)));
    }

    private Component card(Viewer viewer, ApiKey key) {
        String prefix = "api-key-" + key.id();
        Div card = card(prefix);
        Span name = new Span(key.name());
        name.getStyle().set("font-weight", "600");
        Span id = new Span("mhk_" + key.id() + "_…");
        id.setId(prefix + "-id");
        id.getStyle().set("font-family", "monospace").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)").set("margin-left", "var(--lumo-space-s)");
        card.add(new Div(name, id));
        card.add(field("apikeys.scopes", scopes(key) + (key.includeSubOrganizations() ? "; " + getTranslation("apikeys.sub-organizations.granted") : ""), prefix + "-scopes"));
        String createdBy = key.createdBy() == null ? "" : getTranslation("apikeys.created-by", key.createdBy());
        card.add(field("apikeys.created-at", time(key.createdAt()) + createdBy, prefix + "-created"));
        card.add(field("apikeys.last-used", key.lastUsedAt() == null ? getTranslation("apikeys.never") : time(key.lastUsedAt()),
                prefix + "-last-used"));
        Span state = new Span(key.revoked() ? getTranslation("apikeys.revoked", time(key.revokedAt())) : getTranslation("apikeys.active"));
        state.setId(prefix + "-state");
        state.getStyle().set("color", key.revoked() ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
        card.add(new Div(state));
        if (!key.revoked()) {
            Button revoke = new Button(getTranslation("apikeys.revoke"), click -> openRevoke(viewer, key));
            revoke.setId(prefix + "-revoke");
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            card.add(revoke);
        }
        return card;
    }

    private String scopes(ApiKey key) {
        return EnumSet.copyOf(key.scopes()).stream().map(Scope::wire).collect(Collectors.joining(", "));
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    private void openCreate(Viewer viewer) {
        Dialog dialog = new Dialog(getTranslation("apikeys.create"));
        TextField name = new TextField(getTranslation("apikeys.name"));
        name.setId(NAME_ID);
        name.setWidthFull();
        name.setPlaceholder(getTranslation("apikeys.name.placeholder"));
        CheckboxGroup<Scope> scopes = new CheckboxGroup<>(getTranslation("apikeys.scopes"));
        scopes.setId(SCOPES_ID);
        scopes.setItems(Scope.values());
        scopes.setItemLabelGenerator(s -> getTranslation("apikeys.scope." + s.wire()) + " (" + s.wire() + ")");
        scopes.getStyle().set("display", "flex").set("flex-direction", "column");
        Checkbox subOrganizations = new Checkbox(getTranslation("apikeys.sub-organizations"));
        subOrganizations.setId(SUB_ORGANIZATIONS_ID);
        subOrganizations.setHelperText(getTranslation("apikeys.sub-organizations.help"));
        Button confirm = new Button(getTranslation("apikeys.create.confirm"), click -> {
            try {
                CreatedKey created = keys.create(viewer, name.getValue(), scopes.getValue(), subOrganizations.getValue());
                dialog.close();
                refresh(viewer);
                new KeyShownOnceDialog(this::getTranslation, created).open();
            } catch (CabinetException e) {
                scopes.setErrorMessage(e.message(getLocale()));
                scopes.setInvalid(true);
            }
        });
        confirm.setId(CONFIRM_ID);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name, scopes, subOrganizations);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(640px, 96vw)");
        dialog.open();
    }

    private void openRevoke(Viewer viewer, ApiKey key) {
        Dialog dialog = new Dialog(getTranslation("apikeys.revoke.title", key.name()));
        dialog.add(new Paragraph(getTranslation("apikeys.revoke.warning")));
        Button confirm = new Button(getTranslation("apikeys.revoke"), click -> {
            try {
                boolean revoked = keys.revoke(viewer, key.id());
                dialog.close();
                refresh(viewer);
                Notification.show(getTranslation(revoked ? "apikeys.revoke.done" : "apikeys.revoke.already"))
                        .addThemeVariants(revoked ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
            } catch (CabinetException e) {
                Notification.show(e.message(getLocale())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        confirm.setId(REVOKE_CONFIRM_ID);
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(480px, 96vw)");
        dialog.open();
    }
}
