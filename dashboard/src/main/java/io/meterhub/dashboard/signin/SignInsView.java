package io.meterhub.dashboard.signin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.users.Logins;
import io.meterhub.cabinet.users.PasswordPolicy;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.cabinet.customers.PersonalDataOpenings;
import io.meterhub.dashboard.customers.PersonalDataOpeningsSection;
import io.meterhub.dashboard.security.EndedSessionFilter;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.cabinet.signin.SignIn;
import io.meterhub.cabinet.signin.SignInHistory;
import io.meterhub.cabinet.signin.SignInOutcome;
import io.meterhub.dashboard.security.CurrentUser;
import io.meterhub.dashboard.security.MeterhubUser;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.cabinet.twofactor.SecondFactors;
import io.meterhub.dashboard.twofactor.SecondFactorSettings;
import io.meterhub.dashboard.ui.OperatorPage;
import io.meterhub.dashboard.ui.Texts;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * "Where you signed in" (a page for every role, on the operator page frame: a title and no "being built" line): the user's own last attempts (failed and refused ones too, so a stranger's guessing shows), in
 * the organization's local time, and for a customer who of the staff opened their personal data; an administrator also searches those on the organization's staff and customers.
 */
@Menu(title = "nav.sign-ins", order = 45, icon = "vaadin:key-o")
@Route(value = SignInsView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.CUSTOMER_NAME, Role.OPERATOR_NAME, Role.ADMIN_NAME, Role.SUPPLIER_NAME})
public class SignInsView extends OperatorPage {
    public static final String ROUTE = "sign-ins";
    public static final String MINE_ID = "sign-ins-mine";
    public static final String SEARCH_ID = "sign-ins-search";
    public static final String OUTCOME_ID = "sign-ins-outcome";
    public static final String FOUND_ID = "sign-ins-found";
    public static final String CURRENT_ID = "password-current";
    public static final String NEW_ID = "password-new";
    public static final String AGAIN_ID = "password-again";
    public static final String CHANGE_ID = "password-change";
    public static final String PASSWORD_MESSAGE_ID = "password-message";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final int MINE = 30;

    private final transient SignInHistory history;
    private final transient Logins logins;
    private final transient UserService users;
    private final transient PersonalDataOpenings openings;

    private final transient SecondFactors secondFactors;

    public SignInsView(AuthenticationContext authentication, SignInHistory history, NotificationService notifications, Logins logins,
                       UserService users, SecondFactors secondFactors, PersonalDataOpenings openings) {
        super("nav.sign-ins");
        this.history = history;
        this.logins = logins;
        this.users = users;
        this.secondFactors = secondFactors;
        this.openings = openings;
        setWidthFull();
        CurrentUser.of(authentication).ifPresent(user -> build(user, notifications.zone(viewer(user))));
    }

    private void build(MeterhubUser user, ZoneId zone) {
        Viewer viewer = viewer(user);
        add(passwordChange(user));
        users.find(user.id()).ifPresent(account -> add(new SecondFactorSettings(secondFactors, account)));
        add(new H3(getTranslation("sign-ins.mine")), new Paragraph(getTranslation("sign-ins.hint")));
        add(list(MINE_ID, history.mine(viewer, MINE), zone, false));
        if (user.role() == Role.CUSTOMER) {
            add(new PersonalDataOpeningsSection(openings, viewer, zone));
        }
        if (user.role() == Role.ADMIN) {
            TextField search = new TextField(getTranslation("sign-ins.search"));
            search.setId(SEARCH_ID);
            search.setValueChangeMode(ValueChangeMode.LAZY);
            search.setClearButtonVisible(true);
            Select<SignInOutcome> outcome = new Select<>();
            outcome.setId(OUTCOME_ID);
            outcome.setLabel(getTranslation("sign-ins.outcome"));
            outcome.setItems(SignInOutcome.values());
            String any = getTranslation("sign-ins.any");
            outcome.setEmptySelectionAllowed(true);
            outcome.setEmptySelectionCaption(any);
            outcome.setItemLabelGenerator(o -> o == null ? any : Texts.of(this, "sign-ins.outcome", o));
            Div found = new Div();
            Runnable refresh = () -> {
                found.removeAll();
                found.add(list(FOUND_ID, history.search(viewer, search.getValue(), outcome.getValue(), null, null), zone, true));
            };
            search.addValueChangeListener(e -> refresh.run());
            outcome.addValueChangeListener(e -> refresh.run());
            Div filters = new Div(search, outcome);
            filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
            found.setWidthFull();
            add(new H3(getTranslation("sign-ins.organization")), filters, found);
            refresh.run();
        }
    }

    /**
     * The current password and the new one twice; the change ends the user's other sessions, this one goes on (its login time
     * moves to the change).
     */
    private Component passwordChange(MeterhubUser user) {
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId(CURRENT_ID);
        PasswordField next = new PasswordField(getTranslation("password.new"));
        next.setId(NEW_ID);
        next.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN, PasswordPolicy.MAX));
        PasswordField again = new PasswordField(getTranslation("password.again"));
        again.setId(AGAIN_ID);
        Span result = new Span();
        result.setId(PASSWORD_MESSAGE_ID);
        Button change = new Button(getTranslation("password.change"), click -> {
            if (!next.getValue().equals(again.getValue())) {
                result.setText(getTranslation("password.mismatch"));
                return;
            }
            try {
                Instant changedAt = logins.changePassword(users.find(user.id()).orElseThrow(), current.getValue(), next.getValue());
                VaadinSession.getCurrent().getSession().setAttribute(EndedSessionFilter.LOGGED_IN_AT, changedAt);
                current.clear();
                next.clear();
                again.clear();
                result.setText(getTranslation("password.changed"));
            } catch (CabinetException e) {
                result.setText(Texts.refusal(this, e));
            }
        });
        change.setId(CHANGE_ID);
        Div card = new Div(new H3(getTranslation("password.title")), current, next, again, result, change);
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)").set("max-width", "420px")
                .set("width", "100%");
        change.getStyle().set("align-self", "flex-start");
        return card;
    }

    private Component list(String id, List<SignIn> signIns, ZoneId zone, boolean withLogin) {
        Div list = new Div();
        list.setId(id);
        list.setWidthFull();
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        if (signIns.isEmpty()) {
            list.add(new Span(getTranslation("sign-ins.none")));
        }
        for (SignIn s : signIns) {
            Span when = new Span(TIME.format(s.at().atZone(zone)));
            when.getStyle().set("font-weight", "600");
            Span outcome = new Span(Texts.of(this, "sign-ins.outcome", s.outcome()));
            outcome.getStyle().set("color", s.outcome() == SignInOutcome.SUCCESS ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
            Span where = new Span((withLogin ? s.login() + " · " : "") + s.address() + (s.userAgent() == null ? "" : " · " + browser(s.userAgent())));
            where.getStyle().set("color", "var(--lumo-secondary-text-color)").set("overflow-wrap", "anywhere");
            Div row = new Div(when, new Span(" · "), outcome, new Div(where));
            row.getStyle().set("padding", "var(--lumo-space-xs) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            list.add(row);
        }
        return list;
    }

    /** The browser's family from its name, which is long and mostly noise; the rest is kept in the database. */
    static String browser(String agent) {
        for (String family : List.of("YaBrowser", "Edg", "OPR", "Firefox", "Chrome", "Safari")) {
            if (agent.contains(family + "/")) {
                return switch (family) {
                    case "YaBrowser" -> "Яндекс Браузер";
                    case "Edg" -> "Edge";
                    case "OPR" -> "Opera";
                    default -> family;
                };
            }
        }
        return agent.length() > 40 ? agent.substring(0, 40) + "…" : agent;
    }

    private static Viewer viewer(MeterhubUser user) {
        return new Viewer(user.id(), user.role(), user.organizationId());
    }
}
