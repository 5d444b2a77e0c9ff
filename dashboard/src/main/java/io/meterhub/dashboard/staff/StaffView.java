package io.meterhub.dashboard.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.staff.NewStaff;
import io.meterhub.cabinet.staff.StaffMember;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.staff.StaffService;
import io.meterhub.cabinet.staff.SupplierChoice;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.RequiresModule;
import jakarta.annotation.security.RolesAllowed;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The organization's staff (Сотрудники): who they are, which modules of the control panel each may
 * use, and the administrator's actions: create an operator with modules, change them, block and
 * unblock, end their sessions, email them a one-time password link.
 */
@Menu(title = "nav.admin-staff", order = 31, icon = "vaadin:users")
@Route(value = "admin/staff", layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
@RequiresModule(StaffModule.STAFF)
public class StaffView extends ModulePage {
    public static final String LIST_ID = "staff-list";
    public static final String SUPPLIER_LIST_ID = "supplier-staff-list";
    public static final String CREATE_SUPPLIER_ID = "supplier-staff-create";
    public static final String CREATE_ID = "staff-create";

    private final transient StaffService staff;
    private final Div list = cards(LIST_ID);
    private final Div supplierList = cards(SUPPLIER_LIST_ID);

    public StaffView(AuthenticationContext authentication, StaffRights rights, StaffService staff) {
        super("nav.admin-staff", authentication, rights);
        this.staff = staff;
        viewer().ifPresent(this::build);
    }

    private void build(Viewer viewer) {
        Button create = new Button(getTranslation("admin.staff.create"), click -> openCreate(viewer, List.of()));
        create.setId(CREATE_ID);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(create, list);
        List<SupplierChoice> suppliers = staff.suppliers(viewer);
        if (!suppliers.isEmpty()) {
            Button createSupplier = new Button(getTranslation("admin.staff.supplier.create"), click -> openCreate(viewer, suppliers));
            createSupplier.setId(CREATE_SUPPLIER_ID);
            H3 heading = new H3(getTranslation("admin.staff.supplier.section"));
            heading.getStyle().set("margin", "var(--lumo-space-m) 0 0");
            add(heading, note(getTranslation("admin.staff.supplier.hint"), null), createSupplier, supplierList);
        }
        refresh(viewer);
    }

    private void refresh(Viewer viewer) {
        list.removeAll();
        staff.staffOf(viewer).forEach(m -> list.add(card(viewer, m)));
        supplierList.removeAll();
        staff.supplierStaff(viewer).forEach(m -> supplierList.add(card(viewer, m)));
    }

    /** A staff user as a card: who, their modules, whether they may log in, and what the administrator may do. */
    private Component card(Viewer viewer, StaffMember m) {
        Div card = card("staff-" + m.login());
        Span state = new Span(m.blocked() ? getTranslation("admin.staff.blocked", m.blockedReason()) : getTranslation("admin.staff.active"));
        state.setId("staff-" + m.login() + "-state");
        state.getStyle().set("color", m.blocked() ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
        card.add(who(m));
        if (m.role() != Role.SUPPLIER) {
            card.add(field("admin.staff.modules", modules(m), "staff-" + m.login() + "-modules-list"));
        }
        card.add(new Div(state), actions(viewer, m));
        return card;
    }

    private Component who(StaffMember m) {
        Span name = new Span(m.displayName());
        name.getStyle().set("font-weight", "600");
        Span login = new Span(m.login() + " · " + getTranslation("role." + m.role().name()));
        login.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return new Div(name, new Div(login));
    }

    private String modules(StaffMember m) {
        return m.role() == Role.ADMIN ? getTranslation("admin.staff.all-modules")
                : m.modules().isEmpty() ? getTranslation("admin.staff.no-modules")
                : m.modules().stream().map(this::moduleName).collect(Collectors.joining(", "));
    }

    String moduleName(StaffModule module) {
        return getTranslation("admin.module." + module.name());
    }

    private Component actions(Viewer viewer, StaffMember m) {
        Div actions = new Div();
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        if (m.id() == viewer.userId()) {
            return actions;
        }
        if (m.role() == Role.OPERATOR) {
            actions.add(small("staff-" + m.login() + "-modules", "admin.staff.edit-modules", () -> openModules(viewer, m)));
        }
        if (m.blocked()) {
            actions.add(small("staff-" + m.login() + "-unblock", "admin.staff.unblock", () -> act(viewer, () -> staff.unblock(viewer, m.id()),
                    "admin.staff.unblocked")));
        } else {
            actions.add(small("staff-" + m.login() + "-block", "admin.staff.block", () -> openBlock(viewer, m)));
        }
        actions.add(small("staff-" + m.login() + "-reset", "admin.staff.reset", () -> {
            boolean sent = staff.sendPasswordReset(viewer, m.id());
            Notification.show(getTranslation(sent ? "admin.staff.reset.sent" : "admin.staff.reset.no-email"))
                    .addThemeVariants(sent ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        }));
        actions.add(small("staff-" + m.login() + "-end-sessions", "admin.staff.end-sessions", () -> act(viewer, () -> {
            staff.endSessions(viewer, m.id());
            return m;
        }, "admin.staff.sessions-ended")));
        return actions;
    }

    private Button small(String id, String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void act(Viewer viewer, Supplier<StaffMember> action, String doneKey) {
        try {
            action.get();
            refresh(viewer);
            Notification.show(getTranslation(doneKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (CabinetException e) {
            Notification.show(e.message(getLocale())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private CheckboxGroup<StaffModule> moduleChoice(Set<StaffModule> selected) {
        CheckboxGroup<StaffModule> modules = new CheckboxGroup<>(getTranslation("admin.staff.modules"));
        modules.setId("staff-modules-choice");
        modules.setItems(StaffModule.values());
        modules.setItemLabelGenerator(this::moduleName);
        modules.setValue(selected);
        modules.getStyle().set("display", "flex").set("flex-direction", "column");
        return modules;
    }

    /** The dialog that adds an operator with modules, or, given suppliers to choose from, a supplier's employee. */
    private void openCreate(Viewer viewer, List<SupplierChoice> suppliers) {
        boolean forSupplier = !suppliers.isEmpty();
        Dialog dialog = new Dialog(getTranslation(forSupplier ? "admin.staff.supplier.create" : "admin.staff.create"));
        ComboBox<SupplierChoice> supplier = new ComboBox<>(getTranslation("admin.staff.supplier"));
        supplier.setId("staff-new-supplier");
        supplier.setItems(suppliers);
        supplier.setItemLabelGenerator(SupplierChoice::name);
        if (forSupplier) {
            supplier.setValue(suppliers.get(0));
        }
        TextField login = new TextField(getTranslation("admin.staff.login"));
        login.setId("staff-new-login");
        TextField name = new TextField(getTranslation("admin.staff.name"));
        name.setId("staff-new-name");
        EmailField email = new EmailField(getTranslation("admin.staff.email"));
        email.setId("staff-new-email");
        PasswordField password = new PasswordField(getTranslation("admin.staff.password"));
        password.setId("staff-new-password");
        password.setHelperText(getTranslation("admin.staff.password.hint"));
        CheckboxGroup<StaffModule> modules = moduleChoice(EnumSet.noneOf(StaffModule.class));
        FormLayout form = new FormLayout(login, name, email, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        form.add(forSupplier ? supplier : modules);
        form.setColspan(forSupplier ? supplier : modules, 2);
        Button confirm = new Button(getTranslation("admin.staff.create.confirm"), click -> {
            try {
                NewStaff newStaff = new NewStaff(login.getValue(), name.getValue(), email.getValue(), password.getValue(), modules.getValue());
                if (forSupplier) {
                    staff.createSupplierUser(viewer, supplier.getValue() == null ? "" : supplier.getValue().id(), newStaff);
                } else {
                    staff.create(viewer, newStaff);
                }
                dialog.close();
                refresh(viewer);
                Notification.show(getTranslation("admin.staff.created", login.getValue())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidFieldsException e) {
                email.setErrorMessage(e.message(getLocale()));
                email.setInvalid(true);
            } catch (CabinetException e) {
                Notification.show(e.message(getLocale())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        confirm.setId("staff-new-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(640px, 96vw)");
        dialog.open();
    }

    private void openModules(Viewer viewer, StaffMember m) {
        Dialog dialog = new Dialog(getTranslation("admin.staff.edit-modules.title", m.displayName()));
        CheckboxGroup<StaffModule> modules = moduleChoice(m.modules());
        Button confirm = new Button(getTranslation("admin.save"), click -> {
            act(viewer, () -> staff.setModules(viewer, m.id(), modules.getValue()), "admin.staff.modules-saved");
            dialog.close();
        });
        confirm.setId("staff-modules-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(modules);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void openBlock(Viewer viewer, StaffMember m) {
        Dialog dialog = new Dialog(getTranslation("admin.staff.block.title", m.displayName()));
        TextArea reason = new TextArea(getTranslation("admin.staff.block.reason"));
        reason.setId("staff-block-reason");
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("admin.staff.block"), click -> {
            try {
                staff.block(viewer, m.id(), reason.getValue());
                dialog.close();
                refresh(viewer);
                Notification.show(getTranslation("admin.staff.blocked-done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (CabinetException e) {
                reason.setErrorMessage(e.message(getLocale()));
                reason.setInvalid(true);
            }
        });
        confirm.setId("staff-block-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(480px, 96vw)");
        dialog.open();
    }
}
