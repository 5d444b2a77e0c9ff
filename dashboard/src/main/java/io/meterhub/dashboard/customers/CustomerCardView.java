package io.meterhub.dashboard.customers;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.customers.CustomerCard;
import io.meterhub.cabinet.customers.CustomerDirectory;
import io.meterhub.cabinet.customers.LoginStatus;
import io.meterhub.cabinet.customers.ManualEditing;
import io.meterhub.cabinet.customers.PersonalDataOpenings;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.RequiresModule;
import jakarta.annotation.security.RolesAllowed;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A customer's card ({@code admin/customers/<id>}): personal data masked (opened in clear only with a reason,
 * which the audit log keeps and the customer sees), the login and its actions
 * (create, block, unblock, password link), the accounts with the organization, services, meters and
 * balance, linking and unlinking them, and, for holders of MANUAL_EDITING, the edit dialogs.
 */
@Route(value = "admin/customers/:" + CustomerCardView.ID_PARAMETER, layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
@RequiresModule(value = StaffModule.USERS, orAny = StaffModule.MANUAL_EDITING)
public class CustomerCardView extends ModulePage implements BeforeEnterObserver {
    public static final String ID_PARAMETER = "customerId";
    public static final String LOGIN_STATUS_ID = "customer-login-status";
    public static final String UNMASK_ID = "customer-unmask";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final transient CustomerDirectory directory;
    private final transient ManualEditing editing;
    private final transient StaffRights rights;
    private final transient PersonalDataOpenings openings;
    private final Div content = new Div();

    public CustomerCardView(AuthenticationContext authentication, StaffRights rights, CustomerDirectory directory, ManualEditing editing,
                            PersonalDataOpenings openings) {
        super("admin.customers.card.title", authentication, rights);
        this.directory = directory;
        this.editing = editing;
        this.openings = openings;
        this.rights = rights;
        content.setWidthFull();
        add(new RouterLink(getTranslation("admin.customers.back"), CustomersView.class), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong(ID_PARAMETER);
        viewer().ifPresent(viewer -> id.ifPresentOrElse(customerId -> show(viewer, customerId),
                () -> content.add(note(getTranslation("customers.no_such_customer"), "customer-missing"))));
    }

    private void show(Viewer viewer, long customerId) {
        try {
            render(viewer, directory.card(viewer, customerId));
        } catch (CabinetException e) {
            content.removeAll();
            content.add(note(e.message(getLocale()), "customer-missing"));
        }
    }

    void render(Viewer viewer, CustomerCard card) {
        content.removeAll();
        Div person = card("customer-person");
        H3 name = new H3(card.name());
        name.setId("customer-name");
        name.getStyle().set("margin", "0");
        person.add(name, field("admin.customers.kind", getTranslation("admin.customers.kind." + card.kind()), null));
        addIf(person, "admin.customers.snils", card.snils(), "customer-snils");
        addIf(person, "admin.customers.inn", card.inn(), "customer-inn");
        addIf(person, "admin.customers.passport", card.passport(), "customer-passport");
        addIf(person, "admin.customers.phone", card.phone(), "customer-phone");
        addIf(person, "admin.customers.email", card.email(), "customer-email");
        if (card.hasMaskedData()) {
            Div unmask = row();
            unmask.add(small(UNMASK_ID, "admin.customers.personal-data.open", () -> dialogs(viewer).openPersonalData(card)));
            person.add(unmask);
        }
        String status = switch (card.loginStatus()) {
            case NONE -> getTranslation("admin.customers.login.none");
            case ACTIVE -> getTranslation("admin.customers.login.active", card.login());
            case BLOCKED -> getTranslation("admin.customers.login.blocked", card.login(),
                    card.blockedReason() == null ? "" : card.blockedReason());
        };
        person.add(field("admin.customers.login", status, LOGIN_STATUS_ID));
        if (rights.has(viewer, StaffModule.USERS)) {
            person.add(loginActions(viewer, card));
        }
        Div accounts = cards("customer-accounts");
        card.accounts().forEach(a -> accounts.add(account(viewer, card, a)));
        content.add(person, spacer(), accounts);
    }

    private void addIf(Div card, String labelKey, String value, String id) {
        if (value != null) {
            card.add(field(labelKey, value, id));
        }
    }

    private Div loginActions(Viewer viewer, CustomerCard card) {
        Div actions = row();
        CustomerDialogs dialogs = dialogs(viewer);
        if (card.loginStatus() == LoginStatus.NONE) {
            actions.add(small("customer-create-login", "admin.customers.login.create", () -> dialogs.createLogin(card)));
            return actions;
        }
        if (card.loginStatus() == LoginStatus.BLOCKED) {
            actions.add(small("customer-unblock", "admin.customers.login.unblock", () -> act(viewer, () -> directory.unblockLogin(viewer, card.id()),
                    "admin.customers.login.unblocked")));
        } else {
            actions.add(small("customer-block", "admin.customers.login.block", () -> dialogs.block(card)));
        }
        actions.add(small("customer-reset", "admin.customers.login.reset", () -> {
            try {
                boolean sent = directory.sendPasswordLink(viewer, card.id());
                Notification.show(getTranslation(sent ? "admin.customers.login.reset.sent" : "admin.customers.login.reset.no-email"))
                        .addThemeVariants(sent ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
            } catch (CabinetException e) {
                error(e);
            }
        }));
        return actions;
    }

    private Div account(Viewer viewer, CustomerCard card, CustomerCard.Account a) {
        Div box = card("account-" + a.id());
        H3 number = new H3(getTranslation("admin.customers.account", a.number()));
        number.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
        box.add(number, field("admin.customers.organization", a.organizationName(), null),
                field("admin.customers.address", a.address(), "account-" + a.id() + "-address"),
                field("admin.customers.opened", DATE.format(a.openedOn()), "account-" + a.id() + "-opened"),
                field("admin.customers.services", a.services().stream().map(this::serviceName).collect(Collectors.joining(", ")), null),
                field("admin.customers.balance", getTranslation("admin.customers.rub", a.balance().toPlainString().replace('.', ',')),
                        "account-" + a.id() + "-balance"));
        boolean edits = rights.has(viewer, StaffModule.MANUAL_EDITING);
        CustomerDialogs dialogs = dialogs(viewer);
        for (CustomerCard.Meter m : a.meters()) {
            Div meter = new Div();
            meter.setId("meter-" + m.id());
            meter.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)").set("padding-top", "var(--lumo-space-xs)");
            Span text = new Span(getTranslation("admin.customers.meter", serviceName(m.serviceCode()), m.serial(), m.model(), m.zones()));
            text.setId("meter-" + m.id() + "-text");
            Span verification = new Span(m.nextVerificationOn() == null ? getTranslation("admin.customers.meter.verification-unknown")
                    : getTranslation("admin.customers.meter.verification", DATE.format(m.nextVerificationOn())));
            verification.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            meter.add(new Div(text), new Div(verification));
            if (edits && m.removedOn() == null) {
                Div meterActions = row();
                meterActions.add(small("meter-" + m.id() + "-edit", "admin.customers.edit.meter", () -> dialogs.editMeter(card, m)),
                        small("meter-" + m.id() + "-reading", "admin.customers.edit.reading", () -> dialogs.enterReading(card, m)));
                meter.add(meterActions);
            }
            box.add(meter);
        }
        Div actions = row();
        if (edits) {
            actions.add(small("account-" + a.id() + "-edit", "admin.customers.edit.account", () -> dialogs.editAccount(card, a)),
                    small("account-" + a.id() + "-charge", "admin.customers.edit.charge", () -> dialogs.correctCharge(card, a)));
        }
        boolean users = rights.has(viewer, StaffModule.USERS);
        if (users) {
            actions.add(small("account-" + a.id() + "-link", "admin.customers.link", () -> dialogs.link(a)));
        }
        if (users && card.loginStatus() != LoginStatus.NONE) {
            actions.add(small("account-" + a.id() + "-unlink", "admin.customers.unlink", () -> dialogs.unlink(a)));
        }
        box.add(actions);
        return box;
    }

    private CustomerDialogs dialogs(Viewer viewer) {
        return new CustomerDialogs(this, viewer, directory, editing, openings);
    }

    /** Shows the card of another holder (after linking or unlinking an account) by its address. */
    void go(CustomerCard card) {
        getUI().ifPresent(ui -> ui.navigate(CustomerCardView.class, new RouteParameters(ID_PARAMETER, String.valueOf(card.id()))));
    }

    /** Reloads this card after a change. */
    void reload(Viewer viewer, long customerId) {
        show(viewer, customerId);
    }

    private void act(Viewer viewer, java.util.function.Supplier<CustomerCard> action, String doneKey) {
        try {
            render(viewer, action.get());
            Notification.show(getTranslation(doneKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (CabinetException e) {
            error(e);
        }
    }

    java.util.Locale locale() {
        return getLocale();
    }

    void error(CabinetException e) {
        Notification.show(e.message(getLocale())).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static Div row() {
        Div row = new Div();
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)").set("margin-top", "var(--lumo-space-xs)");
        return row;
    }

    private Button small(String id, String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
